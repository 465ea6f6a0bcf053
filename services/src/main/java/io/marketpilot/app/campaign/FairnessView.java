package io.marketpilot.app.campaign;

import io.marketpilot.campaigns.fairness.FairnessReport;
import io.marketpilot.campaigns.fairness.GroupShare;
import io.marketpilot.campaigns.fairness.SkippedAttribute;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a campaign reaches and leaves out against the whole customer base, group by group (country, age band, and each
 * imported attribute with at most 12 values), with the threshold that flags a group: the four-fifths rule unless
 * configured otherwise.
 *
 * @param minRatio a group whose share of the recipients is under this times its base share is flagged
 * @param maxRatio a group whose share of the recipients or of the left-out is over this times its base share is flagged
 * @param minGroupSize groups smaller than this in the base are shown but not judged
 * @param flagged how many groups the threshold flags
 * @param attributes the attributes compared, in the order of {@code groups}
 * @param skipped the imported attributes not compared, each with why
 */
public record FairnessView(
        double minRatio,
        double maxRatio,
        int minGroupSize,
        long flagged,
        List<FairnessView.Group> groups,
        List<String> attributes,
        List<SkippedAttribute> skipped) {
    public FairnessView {
        groups = List.copyOf(groups);
        attributes = List.copyOf(attributes);
        skipped = List.copyOf(skipped);
    }

    /** The flagged groups with what the threshold says of each, for the audit log. */
    public String flaggedDetails() {
        StringBuilder out = new StringBuilder();
        groups.stream().filter(g -> !g.flags().isEmpty()).forEach(g -> out.append(" [")
                .append(g.attribute())
                .append('=')
                .append(g.group())
                .append(": ")
                .append(String.join("; ", g.flags()))
                .append(']'));
        return out.toString();
    }

    /**
     * One group of one attribute.
     *
     * @param includedShare its share of the recipients, or null when nobody is included
     * @param leftOutShare its share of the left-out, or null when nobody is left out
     * @param flags what the threshold says, in words; empty when the group is within it or too small to judge
     */
    public record Group(
            String attribute,
            String group,
            long baseCount,
            double baseShare,
            long includedCount,
            @Nullable Double includedShare,
            long leftOutCount,
            @Nullable Double leftOutShare,
            List<String> flags) {
        public Group {
            flags = List.copyOf(flags);
        }

        static Group of(GroupShare g) {
            return new Group(
                    g.attribute(),
                    g.group(),
                    g.baseCount(),
                    g.baseShare(),
                    g.includedCount(),
                    GroupFigures.finite(g.includedShare()),
                    g.leftOutCount(),
                    GroupFigures.finite(g.leftOutShare()),
                    g.flags());
        }
    }

    static FairnessView of(FairnessReport report, List<SkippedAttribute> skipped) {
        return new FairnessView(
                report.threshold().minRatio(),
                report.threshold().maxRatio(),
                report.threshold().minGroupSize(),
                report.flagged().size(),
                report.groups().stream().map(Group::of).toList(),
                report.groups().stream().map(GroupShare::attribute).distinct().toList(),
                skipped);
    }
}
