/** Variance reduction with pre-experiment covariates (CUPED), so tests reach significance with fewer units. */
package io.marketpilot.experiments.cuped;
