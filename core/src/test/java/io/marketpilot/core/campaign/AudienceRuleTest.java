package io.marketpilot.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AudienceRuleTest {
    private static final Map<String, Double> LAPSED_BIG_SPENDER =
            Map.of("recency_days", 120.0, "monetary", 250.0, "events_90d:email_open", 0.0, "share:Home Garden", 0.4);
    private static final Map<String, String> IN_GERMANY = Map.of("country", "Germany");

    private static boolean matches(String rule) {
        return AudienceRule.parse(rule).test(LAPSED_BIG_SPENDER, IN_GERMANY);
    }

    @Test
    void readsTheIssuesExample() {
        assertThat(matches("recency_days > 90 and monetary >= 200")).isTrue();
        assertThat(matches("recency_days > 90 and monetary >= 300")).isFalse();
    }

    @Test
    void andBindsTighterThanOrAndParenthesesOverrideIt() {
        assertThat(matches("monetary > 1000 and recency_days < 10 or monetary > 100"))
                .isTrue();
        assertThat(matches("monetary > 1000 and (recency_days < 10 or monetary > 100)"))
                .isFalse();
        assertThat(matches("NOT monetary > 1000 AND not (recency_days <= 30)")).isTrue();
    }

    @Test
    void readsEventCountsQuotedNamesAndTextAttributes() {
        assertThat(matches("events_90d:email_open = 0")).isTrue();
        assertThat(matches("\"share:Home Garden\" >= 0.25")).isTrue();
        assertThat(matches("country = ' germany '")).isTrue();
        assertThat(matches("country != 'Germany'")).isFalse();
        assertThat(AudienceRule.parse("monetary > -5.5 or country <> 'France'").names())
                .containsExactly("monetary", "country");
    }

    @Test
    void aMissingValueSatisfiesNoComparisonNotEvenInequality() {
        assertThat(matches("sentiment != 0")).isFalse();
        assertThat(matches("city != 'Paris'")).isFalse();
        assertThat(AudienceRule.parse("sentiment < 1").test(Map.of("sentiment", Double.NaN), Map.of()))
                .isFalse();
    }

    @Test
    void namesThePositionOfAMissingOperator() {
        assertThatThrownBy(() -> AudienceRule.parse("recency_days > 90 and monetary 200"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("Audience rule, position 32: expected a comparison (<, <=, >, >=, =, !=) after"
                        + " 'monetary', found '200'");
    }

    @Test
    void namesThePositionOfAnUnclosedParenthesisAndOfTrailingText() {
        assertThatThrownBy(() -> AudienceRule.parse("(monetary > 1 or frequency > 2"))
                .hasMessage("Audience rule, position 31: expected ')' to close the '(' at position 1, found the end"
                        + " of the rule");
        assertThatThrownBy(() -> AudienceRule.parse("monetary > 1 frequency > 2"))
                .hasMessageStartingWith("Audience rule, position 14: expected 'and', 'or' or the end of the rule");
    }

    @Test
    void refusesTextComparedByOrderAndMissingNumbers() {
        assertThatThrownBy(() -> AudienceRule.parse("country > 'A'"))
                .hasMessage("Audience rule, position 9: text is compared with = or != only, not >");
        assertThatThrownBy(() -> AudienceRule.parse("monetary >= and"))
                .hasMessageContaining("position 13: expected a number or a 'quoted text'");
        assertThatThrownBy(() -> AudienceRule.parse("monetary >= 1.2.3"))
                .hasMessageContaining("'1.2.3' is not a number");
        assertThatThrownBy(() -> AudienceRule.parse("and > 1")).hasMessageContaining("found the word 'and'");
        assertThatThrownBy(() -> AudienceRule.parse("country = 'Germany"))
                .hasMessageContaining("the quote at position 11 is never closed");
    }

    @Test
    void refusesRulesNestedDeeperThanFiftyLevels() {
        assertThatThrownBy(() -> AudienceRule.parse("(".repeat(60) + "monetary > 1" + ")".repeat(60)))
                .hasMessageContaining("nests deeper than 50 levels");
    }

    @Test
    void aRuleAudienceRefusesARuleThatDoesNotParse() {
        assertThatThrownBy(() -> new AudienceSpec.Rule("monetary >"))
                .hasMessageContaining("Audience rule, position 11");
        assertThat(new AudienceSpec.Rule("monetary > 1").parsed()).isInstanceOf(AudienceRule.NumberComparison.class);
    }
}
