/** Variance reduction with pre-experiment covariates (CUPED), so tests reach significance with fewer units. */
@NullMarked
package io.marketpilot.experiments.cuped;

import org.jspecify.annotations.NullMarked;
