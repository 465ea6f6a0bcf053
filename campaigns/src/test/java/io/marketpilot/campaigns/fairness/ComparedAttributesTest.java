package io.marketpilot.campaigns.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the fairness review compares by: country, age band, and imported attributes with few values. */
class ComparedAttributesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void agesFallIntoTheirBands() {
        assertThat(AgeBand.band(18)).isEqualTo("<25");
        assertThat(AgeBand.band(25)).isEqualTo("25-34");
        assertThat(AgeBand.band(34)).isEqualTo("25-34");
        assertThat(AgeBand.band(44)).isEqualTo("35-44");
        assertThat(AgeBand.band(64)).isEqualTo("55-64");
        assertThat(AgeBand.band(65)).isEqualTo("65+");
        assertThat(AgeBand.of(Map.of("birthdate", "1992-12-08"), TODAY)).contains("25-34");
        assertThat(AgeBand.of(Map.of("birthdate", "1991-12-07"), TODAY)).contains("35-44");
        assertThat(AgeBand.of(Map.of("age", "70"), TODAY)).contains("65+");
        assertThat(AgeBand.of(Map.of("gender", "female"), TODAY)).isEmpty();
    }

    @Test
    void comparesFewValuedAttributesAndSaysWhyOthersAreSkipped() {
        Map<String, String> countries = new HashMap<>();
        Map<String, Map<String, String>> imported = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            String id = "C" + i;
            countries.put(id, i % 2 == 0 ? "France" : "");
            imported.put(
                    id,
                    Map.of(
                            "gender", i % 3 == 0 ? "female" : "male",
                            "membernumber", "M" + i,
                            "birthdate", (1950 + i) + "-01-01"));
        }
        countries.put("NONE", "Spain");

        ComparedAttributes compared = ComparedAttributes.choose(countries, imported, TODAY);

        assertThat(compared.base().get("C0"))
                .containsEntry("country", "France")
                .containsEntry("gender", "female")
                .containsEntry(AgeBand.ATTRIBUTE, "65+")
                .doesNotContainKeys("membernumber", "birthdate");
        assertThat(compared.base().get("C1")).containsEntry("country", AudienceFairness.UNKNOWN);
        assertThat(compared.base().get("NONE"))
                .containsEntry("gender", AudienceFairness.UNKNOWN)
                .containsEntry(AgeBand.ATTRIBUTE, AudienceFairness.UNKNOWN);
        assertThat(compared.skipped())
                .extracting(SkippedAttribute::attribute)
                .containsExactly("birthdate", "membernumber");
        assertThat(compared.skipped().get(1).reason()).startsWith("40 distinct values, more than 12");
        assertThat(compared.skipped().get(0).reason()).contains("age band");
    }

    @Test
    void aSkewedAttributeIsFlaggedByTheFourFifthsRule() {
        Map<String, String> countries = new HashMap<>();
        Map<String, Map<String, String>> imported = new HashMap<>();
        java.util.Set<String> women = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            String id = "C" + i;
            countries.put(id, "France");
            boolean woman = i % 2 == 0;
            imported.put(id, Map.of("gender", woman ? "female" : "male"));
            if (woman) {
                women.add(id);
            }
        }
        ComparedAttributes compared = ComparedAttributes.choose(countries, imported, TODAY);
        Set<String> mostlyMen = new java.util.HashSet<>(countries.keySet());
        mostlyMen.removeAll(women.stream().limit(80).toList());
        Set<String> leftOut = new java.util.HashSet<>(countries.keySet());
        leftOut.removeAll(mostlyMen);

        FairnessReport report =
                AudienceFairness.review(compared.base(), mostlyMen, leftOut, FairnessThreshold.FOUR_FIFTHS);

        assertThat(report.flagged()).anySatisfy(g -> {
            assertThat(g.attribute()).isEqualTo("gender");
            assertThat(g.group()).isEqualTo("female");
            assertThat(g.flags()).anySatisfy(f -> assertThat(f).startsWith("under-reached"));
        });
    }
}
