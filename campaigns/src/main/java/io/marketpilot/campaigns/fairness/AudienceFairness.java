package io.marketpilot.campaigns.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares who a campaign reaches and leaves out with the whole customer base, by each attribute the shop has
 * (country, age band, gender where imported, …), so that an offer or an exclusion falling much more on one group than
 * the base is seen in the review before anything is sent.
 */
public final class AudienceFairness {
    /** The group of customers who lack the attribute. */
    public static final String UNKNOWN = "(unknown)";

    private AudienceFairness() {}

    /**
     * Reviews the audience.
     *
     * @param base every customer of the base with their attributes (attribute name to value)
     * @param included the recipients (customers of the base)
     * @param leftOut the customers left out (customers of the base); often the base minus the recipients
     * @return one row per attribute and group, attributes and groups in alphabetical order
     */
    public static FairnessReport review(
            Map<String, Map<String, String>> base,
            Set<String> included,
            Set<String> leftOut,
            FairnessThreshold threshold) {
        var attributes = new TreeSet<String>();
        base.values().forEach(a -> attributes.addAll(a.keySet()));
        long baseSize = base.size();
        long includedSize = base.keySet().stream().filter(included::contains).count();
        long leftOutSize = base.keySet().stream().filter(leftOut::contains).count();
        List<GroupShare> rows = new ArrayList<>();
        for (String attribute : attributes) {
            Map<String, long[]> counts = new TreeMap<>();
            base.forEach((customer, values) -> {
                String group = values.getOrDefault(attribute, UNKNOWN);
                long[] c = counts.computeIfAbsent(group.isBlank() ? UNKNOWN : group.strip(), g -> new long[3]);
                c[0]++;
                c[1] += included.contains(customer) ? 1 : 0;
                c[2] += leftOut.contains(customer) ? 1 : 0;
            });
            counts.forEach(
                    (group, c) -> rows.add(row(attribute, group, c, baseSize, includedSize, leftOutSize, threshold)));
        }
        return new FairnessReport(threshold, rows);
    }

    private static GroupShare row(
            String attribute,
            String group,
            long[] c,
            long baseSize,
            long includedSize,
            long leftOutSize,
            FairnessThreshold threshold) {
        double baseShare = (double) c[0] / baseSize;
        double includedShare = includedSize == 0 ? Double.NaN : (double) c[1] / includedSize;
        double leftOutShare = leftOutSize == 0 ? Double.NaN : (double) c[2] / leftOutSize;
        double includedRatio = includedShare / baseShare;
        double leftOutRatio = leftOutShare / baseShare;
        List<String> flags = new ArrayList<>();
        if (c[0] >= threshold.minGroupSize()) {
            if (includedRatio < threshold.minRatio()) {
                flags.add(String.format(
                        Locale.ROOT,
                        "under-reached: %.1f%% of the recipients against %.1f%% of the base (ratio %.2f < %.2f)",
                        100 * includedShare,
                        100 * baseShare,
                        includedRatio,
                        threshold.minRatio()));
            }
            if (includedRatio > threshold.maxRatio()) {
                flags.add(String.format(
                        Locale.ROOT,
                        "over-targeted: %.1f%% of the recipients against %.1f%% of the base (ratio %.2f > %.2f)",
                        100 * includedShare,
                        100 * baseShare,
                        includedRatio,
                        threshold.maxRatio()));
            }
            if (leftOutRatio > threshold.maxRatio()) {
                flags.add(String.format(
                        Locale.ROOT,
                        "over-excluded: %.1f%% of those left out against %.1f%% of the base (ratio %.2f > %.2f)",
                        100 * leftOutShare,
                        100 * baseShare,
                        leftOutRatio,
                        threshold.maxRatio()));
            }
        }
        return new GroupShare(
                attribute,
                group,
                c[0],
                baseShare,
                c[1],
                includedShare,
                c[2],
                leftOutShare,
                includedRatio,
                leftOutRatio,
                flags);
    }
}
