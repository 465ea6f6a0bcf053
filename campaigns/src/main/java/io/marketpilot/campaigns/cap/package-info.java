/** Frequency caps across campaigns, and which overlapping campaign takes a customer's cap first. */
@NullMarked
package io.marketpilot.campaigns.cap;

import org.jspecify.annotations.NullMarked;
