package io.marketpilot.campaigns.cap;

import io.marketpilot.core.MarketPilotException;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code maxMessages} marketing messages per customer in any {@code period}, across every campaign and
 * channel.
 */
public record FrequencyCap(int maxMessages, Duration period) {
    /** Three messages per seven days. */
    public static final FrequencyCap DEFAULT = new FrequencyCap(3, Duration.ofDays(7));

    public FrequencyCap {
        if (maxMessages < 1) {
            throw MarketPilotException.invalid("A frequency cap allows at least 1 message, was " + maxMessages);
        }
        if (period == null || period.compareTo(Duration.ofHours(1)) < 0 || period.compareTo(Duration.ofDays(90)) > 0) {
            throw MarketPilotException.invalid("A frequency cap's period is between 1 hour and 90 days, was " + period);
        }
    }

    /** Where the period that counts for a message sent at {@code sendAt} begins. */
    public Instant periodStart(Instant sendAt) {
        return sendAt.minus(period);
    }

    /** How many more messages a customer who had {@code received} in the period may get (never below 0). */
    public int remaining(int received) {
        return Math.max(0, maxMessages - received);
    }

    /** Whether a customer who had {@code received} messages in the period may get one more. */
    public boolean allowsAnother(int received) {
        return received < maxMessages;
    }
}
