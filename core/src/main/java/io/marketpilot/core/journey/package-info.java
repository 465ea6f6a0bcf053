/**
 * Journeys in the store: their numbered versions (kept as the journey's JSON), customers' enrolments with their timers,
 * the leased claim of due timers, and the per-step history the report counts, as records and the ports of their stores.
 */
@NullMarked
package io.marketpilot.core.journey;

import org.jspecify.annotations.NullMarked;
