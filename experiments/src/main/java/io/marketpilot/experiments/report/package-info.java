/** An experiment's report from its exposed units: fixed-horizon, sequential and Bayesian results per arm, the daily looks, and what to do next in plain words. */
@NullMarked
package io.marketpilot.experiments.report;

import org.jspecify.annotations.NullMarked;
