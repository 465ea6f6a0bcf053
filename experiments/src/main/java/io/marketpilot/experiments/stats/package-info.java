/** Frequentist tests, multiple-comparison correction, sample-ratio checks and power for A/B experiments. */
package io.marketpilot.experiments.stats;
