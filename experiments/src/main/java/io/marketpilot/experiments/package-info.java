/** Experiments: assignment, exact statistics, sequential tests, bandits, the optimisation loop. */
package io.marketpilot.experiments;
