/** Frequentist tests, multiple-comparison correction, sample-ratio checks and power for A/B experiments. */
@NullMarked
package io.marketpilot.experiments.stats;

import org.jspecify.annotations.NullMarked;
