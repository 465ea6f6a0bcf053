package io.marketpilot.campaigns.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AudienceFairnessTest {
    /** 100 customers in the UK, 50 in Germany, 20 in France; the campaign reaches 80, 20 and 10 of them. */
    private static final Map<String, Map<String, String>> BASE = new HashMap<>();

    private static final Set<String> INCLUDED = new HashSet<>();
    private static final Set<String> LEFT_OUT = new HashSet<>();

    static {
        add("United Kingdom", 100, 80);
        add("Germany", 50, 20);
        add("France", 20, 10);
    }

    private static void add(String country, int customers, int reached) {
        for (int i = 0; i < customers; i++) {
            String id = country + "-" + i;
            BASE.put(id, Map.of("country", country));
            (i < reached ? INCLUDED : LEFT_OUT).add(id);
        }
    }

    private static GroupShare group(FairnessReport report, String name) {
        return report.groups().stream()
                .filter(g -> g.group().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void comparesEachGroupsSharesWithTheBase() {
        FairnessReport report = AudienceFairness.review(BASE, INCLUDED, LEFT_OUT, FairnessThreshold.FOUR_FIFTHS);

        GroupShare germany = group(report, "Germany");
        assertThat(germany.baseShare()).isCloseTo(50.0 / 170, within(1e-12));
        assertThat(germany.includedShare()).isCloseTo(20.0 / 110, within(1e-12));
        assertThat(germany.leftOutShare()).isCloseTo(30.0 / 60, within(1e-12));
        assertThat(germany.includedRatio()).isCloseTo((20.0 / 110) / (50.0 / 170), within(1e-12));
        assertThat(report.groups())
                .extracting(GroupShare::group)
                .containsExactly("France", "Germany", "United Kingdom");
    }

    @Test
    void flagsAGroupReachedUnderFourFifthsOfItsBaseShareAndOverExcluded() {
        FairnessReport report = AudienceFairness.review(BASE, INCLUDED, LEFT_OUT, FairnessThreshold.FOUR_FIFTHS);

        assertThat(group(report, "Germany").flags())
                .containsExactly(
                        "under-reached: 18.2% of the recipients against 29.4% of the base (ratio 0.62 < 0.80)",
                        "over-excluded: 50.0% of those left out against 29.4% of the base (ratio 1.70 > 1.25)");
        assertThat(group(report, "United Kingdom").flagged()).isFalse();
        assertThat(group(report, "France").flagged())
                .as("20 customers are too few to judge")
                .isFalse();
        assertThat(report.flagged()).extracting(GroupShare::group).containsExactly("Germany");
    }

    @Test
    void customersWithoutTheAttributeFormTheirOwnGroup() {
        var base = new HashMap<>(BASE);
        base.put("anonymous", Map.of());
        base.put("with-age", Map.of("age_band", "25-34"));
        FairnessReport report = AudienceFairness.review(base, INCLUDED, LEFT_OUT, FairnessThreshold.FOUR_FIFTHS);
        assertThat(report.groups())
                .filteredOn(g -> g.attribute().equals("age_band"))
                .extracting(GroupShare::group)
                .containsExactly("(unknown)", "25-34");
    }

    @Test
    void theThresholdIsChecked() {
        assertThatThrownBy(() -> new FairnessThreshold(1.2, 1.25, 30)).hasMessageContaining("lowest share ratio");
        assertThatThrownBy(() -> new FairnessThreshold(0.8, 0.9, 30)).hasMessageContaining("highest share ratio");
    }
}
