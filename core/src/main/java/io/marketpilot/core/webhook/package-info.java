/** Webhooks out: subscriptions to the product's events, and the durable log of each event's delivery to them. */
@NullMarked
package io.marketpilot.core.webhook;

import org.jspecify.annotations.NullMarked;
