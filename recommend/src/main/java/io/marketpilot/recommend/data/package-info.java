/** Implicit-feedback data: the interaction matrix with id maps and CSR rows, and readers for MovieLens, UCI Online Retail and generic CSV files. */
package io.marketpilot.recommend.data;
