/** Who receives a campaign and why each other customer does not: consent, suppression, holdout, caps, hold-back and quiet hours, in one documented order. */
@NullMarked
package io.marketpilot.campaigns.audience;

import org.jspecify.annotations.NullMarked;
