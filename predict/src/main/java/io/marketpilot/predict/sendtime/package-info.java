/**
 * Best weekday and hour to message each customer, learnt from purchase times with Dirichlet shrinkage, and scored on
 * a time split by {@link io.marketpilot.predict.sendtime.SendTimeEvaluation}.
 */
@NullMarked
package io.marketpilot.predict.sendtime;

import org.jspecify.annotations.NullMarked;
