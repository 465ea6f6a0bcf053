/**
 * Webhooks out: subscriptions to the product's events, the durable fan-out of each event to them, and the background
 * worker that posts the deliveries signed, with retries, a log, and replay.
 */
@NullMarked
package io.marketpilot.app.webhook;

import org.jspecify.annotations.NullMarked;
