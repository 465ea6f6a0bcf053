/** What the benchmark, evaluation and training mains share: named command-line options and the run-print-exit shape of a main. */
@NullMarked
package io.marketpilot.benchmarks;

import org.jspecify.annotations.NullMarked;
