/** Experiments: assignment, exact statistics, sequential tests, bandits, the optimisation loop. */
@NullMarked
package io.marketpilot.experiments;

import org.jspecify.annotations.NullMarked;
