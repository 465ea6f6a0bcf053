/** Bayesian comparisons: beta-binomial for conversions, a normal model for revenue, probability to be best. */
@NullMarked
package io.marketpilot.experiments.bayes;

import org.jspecify.annotations.NullMarked;
