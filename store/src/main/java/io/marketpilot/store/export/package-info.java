/** Exports of stored data in MarketPilot's own layouts, written row by row as JSON lines or delimited text, so that an export re-imports to the same rows. */
@NullMarked
package io.marketpilot.store.export;

import org.jspecify.annotations.NullMarked;
