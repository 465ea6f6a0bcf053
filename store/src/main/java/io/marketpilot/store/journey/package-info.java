/**
 * The JDBC store of journeys: versions, enrolments claimed by workers under leases, and the per-step history.
 */
@NullMarked
package io.marketpilot.store.journey;

import org.jspecify.annotations.NullMarked;
