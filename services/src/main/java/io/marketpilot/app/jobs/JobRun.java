package io.marketpilot.app.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One build of a model: what started it, when, how long it took and how it ended. */
public record JobRun(
        long id,
        String model,
        String reason,
        Instant queuedAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        State state,
        Optional<String> message) {

    public enum State {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Milliseconds from start to finish (or to now while it runs); empty while queued. */
    public Optional<Long> tookMillis(Instant now) {
        return startedAt.map(s -> Duration.between(s, finishedAt.orElse(now)).toMillis());
    }

    JobRun started(Instant at) {
        return new JobRun(id, model, reason, queuedAt, Optional.of(at), finishedAt, State.RUNNING, message);
    }

    JobRun finished(Instant at, State outcome, Optional<String> why) {
        return new JobRun(id, model, reason, queuedAt, startedAt, Optional.of(at), outcome, why);
    }
}
