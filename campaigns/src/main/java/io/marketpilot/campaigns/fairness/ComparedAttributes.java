package io.marketpilot.campaigns.fairness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses what the fairness review compares groups by: country always, the age band (from a birth date or an age),
 * and every other imported attribute with few enough distinct values to make groups (at most
 * {@link #MAX_GROUPS}); the rest are listed as skipped, with why.
 *
 * @param base every customer's groups by attribute, ready for {@link AudienceFairness#review}
 * @param skipped the imported attributes left out of the comparison, in name order
 */
public record ComparedAttributes(Map<String, Map<String, String>> base, List<SkippedAttribute> skipped) {
    /** The most distinct values an attribute may have and still be compared group by group. */
    public static final int MAX_GROUPS = 12;

    public static final String COUNTRY = "country";

    public ComparedAttributes {
        skipped = List.copyOf(skipped);
    }

    /**
     * Chooses the attributes and builds every customer's groups.
     *
     * @param countries every customer of the base with their country (blank when unknown)
     * @param imported the imported attributes of the customers that have any (by customer id)
     * @param today the day ages are reckoned on
     */
    public static ComparedAttributes choose(
            Map<String, String> countries, Map<String, Map<String, String>> imported, LocalDate today) {
        Map<String, Set<String>> values = new TreeMap<>();
        imported.values()
                .forEach(attributes -> attributes.forEach((name, value) -> {
                    if (!AgeBand.isSource(name) && !value.isBlank()) {
                        values.computeIfAbsent(name, n -> new HashSet<>()).add(value.strip());
                    }
                }));
        List<SkippedAttribute> skipped = new ArrayList<>();
        Set<String> compared = new HashSet<>();
        values.forEach((name, distinct) -> {
            if (name.equals(COUNTRY) || name.equals(AgeBand.ATTRIBUTE)) {
                skipped.add(new SkippedAttribute(
                        name,
                        "an imported column named like a field the review reads" + " itself; the customer's own "
                                + name.replace('_', ' ') + " is compared"));
            } else if (distinct.size() > MAX_GROUPS) {
                skipped.add(new SkippedAttribute(
                        name,
                        distinct.size() + " distinct values, more than " + MAX_GROUPS
                                + ": too many groups to compare (an identifier or a free-text field)"));
            } else {
                compared.add(name);
            }
        });
        Set<String> ageSources = new java.util.TreeSet<>();
        imported.values()
                .forEach(a -> a.keySet().stream().filter(AgeBand::isSource).forEach(ageSources::add));
        ageSources.forEach(name ->
                skipped.add(new SkippedAttribute(name, "compared as the age band (" + AgeBand.ATTRIBUTE + ")")));
        skipped.sort(java.util.Comparator.comparing(SkippedAttribute::attribute));

        boolean anyAge = !ageSources.isEmpty();
        Map<String, Map<String, String>> base = new HashMap<>();
        countries.forEach((customer, country) -> {
            Map<String, String> groups = new HashMap<>();
            groups.put(COUNTRY, country.isBlank() ? AudienceFairness.UNKNOWN : country.strip());
            Map<String, String> own = imported.getOrDefault(customer, Map.of());
            if (anyAge) {
                groups.put(AgeBand.ATTRIBUTE, AgeBand.of(own, today).orElse(AudienceFairness.UNKNOWN));
            }
            for (String name : compared) {
                String value = own.get(name);
                groups.put(name, value == null || value.isBlank() ? AudienceFairness.UNKNOWN : value.strip());
            }
            base.put(customer, groups);
        });
        return new ComparedAttributes(base, skipped);
    }
}
