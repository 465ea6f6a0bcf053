/**
 * Sending one message to one person: the message, the channel port it leaves through, what came of it (delivered, a
 * temporary or a permanent failure), the retry schedule, and the outbox that stands in for delivery in the demo.
 */
@NullMarked
package io.marketpilot.core.delivery;

import org.jspecify.annotations.NullMarked;
