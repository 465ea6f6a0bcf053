/** Evaluation mains behind the accuracy figures of docs/benchmarks.md: forecast backtests, the CLV hold-out check, recommenders, send times and sentiment on held-out rows. */
@NullMarked
package io.marketpilot.benchmarks.eval;

import org.jspecify.annotations.NullMarked;
