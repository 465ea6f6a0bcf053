/** What a campaign did: which orders it is credited with, and its lift over the holdout with confidence intervals. */
@NullMarked
package io.marketpilot.campaigns.report;

import org.jspecify.annotations.NullMarked;
