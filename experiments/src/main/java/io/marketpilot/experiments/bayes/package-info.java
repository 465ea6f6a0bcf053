/** Bayesian comparisons: beta-binomial for conversions, a normal model for revenue, probability to be best. */
package io.marketpilot.experiments.bayes;
