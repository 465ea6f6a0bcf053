/** Who a campaign reaches and leaves out, by group, compared with the whole customer base, with the groups that fall outside a visible threshold. */
@NullMarked
package io.marketpilot.campaigns.fairness;

import org.jspecify.annotations.NullMarked;
