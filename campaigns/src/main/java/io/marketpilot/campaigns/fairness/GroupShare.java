package io.marketpilot.campaigns.fairness;

import java.util.List;

/**
 * One group of one attribute (e.g. country = Germany): its counts and shares in the base, among the recipients and
 * among the left-out, the ratios of those shares to its base share, and what the threshold flags.
 *
 * @param includedRatio share among recipients over share in the base (NaN when nobody is included)
 * @param leftOutRatio share among the left-out over share in the base (NaN when nobody is left out)
 * @param flags plain-words findings, empty when the group is within the threshold or too small to judge
 */
public record GroupShare(
        String attribute,
        String group,
        long baseCount,
        double baseShare,
        long includedCount,
        double includedShare,
        long leftOutCount,
        double leftOutShare,
        double includedRatio,
        double leftOutRatio,
        List<String> flags) {
    public GroupShare {
        flags = List.copyOf(flags);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
