package io.marketpilot.journeys.definition;

import java.time.Duration;

/** Whether a customer who entered the journey before may enter it again (never while still in it). */
public sealed interface ReEntry {
    /** Once in a lifetime. */
    record Once() implements ReEntry {}

    /** Again once {@code period} has passed since they last entered. */
    record OncePer(Duration period) implements ReEntry {
        public OncePer {
            Rules.duration(period, "re-entry period");
        }
    }

    /** Again whenever the trigger fires after they left. */
    record Always() implements ReEntry {}
}
