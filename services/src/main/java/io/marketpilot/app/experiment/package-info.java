/** Experiments over the store: their life cycle and sticky assignment, bandits, event intake, reports with their JSON shape, calculators' answers and the optimisation loop that promotes winners. */
@NullMarked
package io.marketpilot.app.experiment;

import org.jspecify.annotations.NullMarked;
