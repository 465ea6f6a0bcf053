/**
 * Customer lifetime value and churn risk: BTYD summaries of transactions, BG/NBD and Gamma-Gamma fits, per-customer
 * predictions and hold-out validation. Entry points: {@link io.marketpilot.predict.clv.ClvModel},
 * {@link io.marketpilot.predict.clv.RfmSummarizer}, {@link io.marketpilot.predict.clv.HoldoutValidation}.
 */
@NullMarked
package io.marketpilot.predict.clv;

import org.jspecify.annotations.NullMarked;
