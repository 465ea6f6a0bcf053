package io.marketpilot.core.webhook;

import io.marketpilot.core.MarketPilotException;
import java.util.Locale;

/** Where one delivery of an event to a subscription stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or a worker. */
    PENDING,
    /** Leased by a worker that is posting it. */
    CLAIMED,
    /** Failed temporarily; waits for its next attempt. */
    RETRY,
    /** The receiver answered 2xx; never posted again unless replayed. */
    DELIVERED,
    /** The receiver refused it for good (a 4xx that retrying cannot change); replayable. */
    FAILED,
    /** Every attempt of the retry policy failed; replayable. */
    DEAD;

    /** The lower-case name the API, the CLI and the store use. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a person may send it again: only a delivery that ended without reaching the receiver. */
    public boolean replayable() {
        return this == FAILED || this == DEAD;
    }

    /** The status named {@code text} (any case). */
    public static DeliveryStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw MarketPilotException.invalid("unknown webhook delivery status '" + text + "'");
        }
    }
}
