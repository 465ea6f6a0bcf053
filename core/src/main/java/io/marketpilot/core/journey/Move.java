package io.marketpilot.core.journey;

import java.time.Instant;
import java.util.List;

/**
 * Where a worker moves a claimed enrolment, with the history lines that explain it, written together or not at all.
 */
public sealed interface Move {
    /** The history lines recorded with the move. */
    List<StepRecord> history();

    /**
     * To {@code stepId} (the same step, to set a timer), reached at {@code stepEnteredAt}, to be looked at from
     * {@code dueAt}.
     */
    record Stay(String stepId, Instant stepEnteredAt, Instant dueAt, List<StepRecord> history) implements Move {
        public Stay {
            Names.id(stepId, "step id");
            Names.present(stepEnteredAt, "step time");
            Names.present(dueAt, "due time");
            history = List.copyOf(history);
        }
    }

    /** Out of the journey, for {@code reason} (e.g. {@code goal}, {@code end}). */
    record Leave(String reason, Instant at, List<StepRecord> history) implements Move {
        public Leave {
            Names.id(reason, "exit reason");
            Names.present(at, "exit time");
            history = List.copyOf(history);
        }
    }
}
