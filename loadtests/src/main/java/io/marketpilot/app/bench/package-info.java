/** The bench command: the whole product timed at scale with budgets (imports of an Online Retail-shaped file, event intake in process and over HTTP, every read of the API and dashboard, the cost of durable commits). */
@NullMarked
package io.marketpilot.app.bench;

import org.jspecify.annotations.NullMarked;
