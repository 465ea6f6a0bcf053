package io.marketpilot.campaigns.fairness;

import java.util.List;

/** A campaign's audience by group against the customer base, with the threshold that judged it. */
public record FairnessReport(FairnessThreshold threshold, List<GroupShare> groups) {
    public FairnessReport {
        groups = List.copyOf(groups);
    }

    /** The groups the threshold flags. */
    public List<GroupShare> flagged() {
        return groups.stream().filter(GroupShare::flagged).toList();
    }
}
