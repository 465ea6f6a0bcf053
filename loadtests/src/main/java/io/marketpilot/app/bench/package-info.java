/** The bench command: the whole product timed at scale with budgets (imports of an Online Retail-shaped file, event intake in process and over HTTP, every read of the API and dashboard, the cost of durable commits, campaign sending into the outbox and over SMTP, campaign audience resolution). */
@NullMarked
package io.marketpilot.app.bench;

import org.jspecify.annotations.NullMarked;
