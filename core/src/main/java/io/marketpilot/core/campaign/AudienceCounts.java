package io.marketpilot.core.campaign;

import io.marketpilot.core.MarketPilotException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a campaign's audience was resolved: when, how many receive it, and how many were left out for each reason.
 *
 * @param resolvedAt when the audience was resolved for sending: the campaign's send time for its holdout
 * @param leftOut customers per reason; reasons with none are absent
 */
public record AudienceCounts(Instant resolvedAt, long recipients, Map<LeaveOutReason, Long> leftOut) {
    public AudienceCounts {
        Check.present(resolvedAt, "resolution time");
        if (recipients < 0) {
            throw MarketPilotException.invalid("recipients is 0 or more, was " + recipients);
        }
        var copy = new EnumMap<LeaveOutReason, Long>(LeaveOutReason.class);
        Check.present(leftOut, "left-out counts").forEach((reason, count) -> {
            if (count < 0) {
                throw MarketPilotException.invalid(
                        "A left-out count is 0 or more, " + reason.wireName() + " was " + count);
            }
            if (count > 0) {
                copy.put(reason, count);
            }
        });
        leftOut = Map.copyOf(copy);
    }

    /** Everyone the audience spec named: recipients and every customer left out. */
    public long total() {
        return recipients + leftOut.values().stream().mapToLong(Long::longValue).sum();
    }
}
