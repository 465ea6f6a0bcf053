/** Command-line mains that retrain the shipped sentiment and emotion heads without building the application. */
@NullMarked
package io.marketpilot.benchmarks.train;

import org.jspecify.annotations.NullMarked;
