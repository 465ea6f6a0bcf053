package io.marketpilot.content.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names profiling gives personas (rule-based-personas/2) land in the family whose angles suit them. */
class PersonaKindTest {
    @ParameterizedTest
    @CsvSource({
        "high-value loyalists, LOYAL",
        "holiday high-value loyalists, LOYAL",
        "active regulars, LOYAL",
        "lapsed big spenders, AT_RISK",
        "at-risk repeat buyers, AT_RISK",
        "lapsed one-off buyers, AT_RISK",
        "new customers, NEW",
        "new gift shoppers, GIFT",
        "lapsed gift shoppers, AT_RISK",
        "repeat buyers, STEADY",
        "frequent returners, RETURNER",
        "bargain hunters, BARGAIN",
        "all customers, GENERAL"
    })
    void namesMapToTheirFamily(String name, PersonaKind kind) {
        assertThat(PersonaKind.of(name)).isEqualTo(kind);
    }
}
