/** Deterministic, sticky assignment of units (visitors, customers) to experiment variants. */
@NullMarked
package io.marketpilot.experiments.assignment;

import org.jspecify.annotations.NullMarked;
