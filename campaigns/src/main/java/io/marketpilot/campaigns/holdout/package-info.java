/** The random, sticky share of a campaign's audience that receives nothing, so that its effect can be measured. */
@NullMarked
package io.marketpilot.campaigns.holdout;

import org.jspecify.annotations.NullMarked;
