/** A/B and bandit experiments as stored: definitions with their variants, events and per-unit outcomes, bandit state and optimisation rounds, and the ports that keep them. */
@NullMarked
package io.marketpilot.core.experiment;

import org.jspecify.annotations.NullMarked;
