/** Experiments in the store: definitions with their variants, experiment events and per-unit outcomes, bandit states, optimisation rounds and the pre-period revenue CUPED reads. */
@NullMarked
package io.marketpilot.store.experiment;

import org.jspecify.annotations.NullMarked;
