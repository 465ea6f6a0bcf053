/** Holding customers with a fresh grievance back from promotions: an open escalated support conversation or a strongly negative review. */
@NullMarked
package io.marketpilot.campaigns.holdback;

import org.jspecify.annotations.NullMarked;
