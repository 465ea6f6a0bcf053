/** The JDBC store of webhooks out: subscriptions and the leased queue of their deliveries. */
@NullMarked
package io.marketpilot.store.webhook;

import org.jspecify.annotations.NullMarked;
