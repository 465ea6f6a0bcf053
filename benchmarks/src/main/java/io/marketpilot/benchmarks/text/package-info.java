/** JMH benchmarks of sentiment throughput (VADER and the learned model) over a file of sentences or a seeded corpus. */
@NullMarked
package io.marketpilot.benchmarks.text;

import org.jspecify.annotations.NullMarked;
