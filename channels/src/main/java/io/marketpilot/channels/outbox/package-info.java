/** The demo's channel: messages are stored in an outbox for the dashboard to show, and never delivered. */
@NullMarked
package io.marketpilot.channels.outbox;

import org.jspecify.annotations.NullMarked;
