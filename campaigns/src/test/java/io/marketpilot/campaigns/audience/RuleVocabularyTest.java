package io.marketpilot.campaigns.audience;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.campaign.AudienceRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleVocabularyTest {
    private static final List<String> KNOWN = List.of("recency_days", "frequency", "monetary", "country");

    @Test
    void acceptsARuleOverKnownNames() {
        assertThatCode(() -> RuleVocabulary.requireKnownNames(
                        AudienceRule.parse("recency_days > 90 and country = 'EIRE'"), KNOWN))
                .doesNotThrowAnyException();
    }

    @Test
    void namesAnUnknownNameAndTheClosestKnownOne() {
        assertThatThrownBy(() -> RuleVocabulary.requireKnownNames(AudienceRule.parse("monetry >= 200"), KNOWN))
                .hasMessage("Audience rule: no feature or attribute is called 'monetry' (did you mean 'monetary'?)");
        assertThatThrownBy(() -> RuleVocabulary.requireKnownNames(AudienceRule.parse("shoe_size > 40"), KNOWN))
                .hasMessage("Audience rule: no feature or attribute is called 'shoe_size'");
    }
}
