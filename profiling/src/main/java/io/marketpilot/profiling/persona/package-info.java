/** Segment fact sheets (what sets a segment apart, in numbers) and personas written from them. */
package io.marketpilot.profiling.persona;
