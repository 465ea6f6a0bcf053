package io.marketpilot.campaigns.audience;

import io.marketpilot.core.campaign.AudienceMember;
import io.marketpilot.core.campaign.LeaveOutReason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's audience resolved: the recipients with their send times, and every other candidate with the one
 * reason they were left out.
 *
 * @param leftOut in candidate order, each with its reason
 */
public record ResolvedAudience(List<PlannedRecipient> recipients, List<AudienceMember> leftOut) {
    public ResolvedAudience {
        recipients = List.copyOf(recipients);
        leftOut = List.copyOf(leftOut);
    }

    /** How many were left out for each reason, every reason listed (0 where none), in the resolver's order. */
    public Map<LeaveOutReason, Long> counts() {
        var counts = new EnumMap<LeaveOutReason, Long>(LeaveOutReason.class);
        for (LeaveOutReason reason : LeaveOutReason.values()) {
            counts.put(reason, 0L);
        }
        for (AudienceMember member : leftOut) {
            member.leftOut().ifPresent(reason -> counts.merge(reason, 1L, Long::sum));
        }
        return counts;
    }

    /** Every candidate as the store keeps it: recipients first, then the left-out. */
    public List<AudienceMember> members() {
        var members = new ArrayList<AudienceMember>(recipients.size() + leftOut.size());
        recipients.forEach(r -> members.add(AudienceMember.recipient(r.customerId())));
        members.addAll(leftOut);
        return members;
    }
}
