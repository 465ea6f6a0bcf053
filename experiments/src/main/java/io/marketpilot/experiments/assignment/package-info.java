/** Deterministic, sticky assignment of units (visitors, customers) to experiment variants. */
package io.marketpilot.experiments.assignment;
