/** Segment fact sheets (what sets a segment apart, in numbers) and personas written from them. */
@NullMarked
package io.marketpilot.profiling.persona;

import org.jspecify.annotations.NullMarked;
