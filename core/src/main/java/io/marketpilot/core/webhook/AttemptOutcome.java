package io.marketpilot.core.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one post of a delivery gave, as the worker records it under its lease.
 *
 * @param status {@link DeliveryStatus#DELIVERED}, {@link DeliveryStatus#RETRY}, {@link DeliveryStatus#FAILED} or
 *     {@link DeliveryStatus#DEAD}
 * @param at when the attempt ended
 * @param responseCode the receiver's HTTP status, empty when none answered
 * @param error what went wrong, blank when it went well
 * @param nextAttemptAt when a retry is due (present only for {@link DeliveryStatus#RETRY})
 */
public record AttemptOutcome(
        DeliveryStatus status, Instant at, OptionalInt responseCode, String error, Optional<Instant> nextAttemptAt) {
    public AttemptOutcome {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(error, "error");
        if (status == DeliveryStatus.PENDING || status == DeliveryStatus.CLAIMED) {
            throw new IllegalArgumentException("an attempt does not end as " + status);
        }
        if ((status == DeliveryStatus.RETRY) != nextAttemptAt.isPresent()) {
            throw new IllegalArgumentException("a retry, and only a retry, has a next attempt");
        }
    }
}
