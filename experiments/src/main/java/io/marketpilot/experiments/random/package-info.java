/** The seeded random streams and variates (normal, gamma, beta) every simulation and policy in this module draws from. */
@NullMarked
package io.marketpilot.experiments.random;

import org.jspecify.annotations.NullMarked;
