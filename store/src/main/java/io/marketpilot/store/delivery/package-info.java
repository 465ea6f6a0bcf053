/** The JDBC store of delivery: the demo's outbox of messages that would have been sent. */
@NullMarked
package io.marketpilot.store.delivery;

import org.jspecify.annotations.NullMarked;
