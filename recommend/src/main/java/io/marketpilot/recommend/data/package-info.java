/** Implicit-feedback data: the interaction matrix with id maps and CSR rows, and readers for MovieLens, Superstore and generic CSV files (order files are read by the store's import rules in app). */
@NullMarked
package io.marketpilot.recommend.data;

import org.jspecify.annotations.NullMarked;
