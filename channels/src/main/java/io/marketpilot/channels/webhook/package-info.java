/** Delivery through a signed HTTP webhook: SMS gateways and any provider that takes a JSON POST. */
@NullMarked
package io.marketpilot.channels.webhook;

import org.jspecify.annotations.NullMarked;
