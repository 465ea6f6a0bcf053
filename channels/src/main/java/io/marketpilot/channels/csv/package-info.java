/** Messages written as CSV, for sending tools that MarketPilot does not speak to. */
@NullMarked
package io.marketpilot.channels.csv;

import org.jspecify.annotations.NullMarked;
