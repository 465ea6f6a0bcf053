package io.marketpilot.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentTest {
    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    private static Consent consent(String topic, String proof) {
        return new Consent("C-1", ChannelKind.EMAIL, topic, ConsentStatus.OPTED_IN, ConsentSource.IMPORT, AT, proof);
    }

    @Test
    void aConsentForAllTopicsKnowsItCoversThem() {
        assertThat(consent("all", "customers.csv:12").coversAllTopics()).isTrue();
        assertThat(consent("newsletter", "customers.csv:12").coversAllTopics()).isFalse();
    }

    @Test
    void refusesAConsentWithoutProof() {
        assertThatThrownBy(() -> consent("all", " \u200b "))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("proof is required");
    }

    @Test
    void refusesATopicThatIsNotALowerCaseName() {
        assertThatThrownBy(() -> consent("Offers!", "api request 7"))
                .hasMessageContaining("topic 'Offers!' is not a topic");
        assertThatThrownBy(() -> consent("t".repeat(65), "api request 7")).hasMessageContaining("is not a topic");
    }

    @Test
    void refusesAMissingChannelOrTimeNamingIt() {
        assertThatThrownBy(
                        () -> new Consent("C-1", null, "all", ConsentStatus.OPTED_IN, ConsentSource.API, AT, "req-1"))
                .hasMessageContaining("channel is required");
        assertThatThrownBy(() -> new Consent(
                        "C-1", ChannelKind.SMS, "all", ConsentStatus.OPTED_IN, ConsentSource.API, null, "req-1"))
                .hasMessageContaining("consent time is required");
    }

    @Test
    void refusesACustomerIdWiderThanItsColumnOrWithControlCharacters() {
        assertThatThrownBy(() -> new Consent(
                        "C".repeat(65), ChannelKind.SMS, "all", ConsentStatus.OPTED_IN, ConsentSource.API, AT, "r"))
                .hasMessageContaining("customer id is longer than 64");
        assertThatThrownBy(() ->
                        new Consent("C\n1", ChannelKind.SMS, "all", ConsentStatus.OPTED_IN, ConsentSource.API, AT, "r"))
                .hasMessageContaining("customer id contains the control character");
    }

    @Test
    void enumsParseTheirWireNamesAndListTheKnownOnesOtherwise() {
        assertThat(ConsentSource.parse("preference-page")).isEqualTo(ConsentSource.PREFERENCE_PAGE);
        assertThat(ConsentStatus.parse(" Opted_Out ")).isEqualTo(ConsentStatus.OPTED_OUT);
        assertThat(ConsentStatus.OPTED_IN.wireName()).isEqualTo("opted_in");
        assertThatThrownBy(() -> ChannelKind.parse("fax")).hasMessage("Unknown channel 'fax': use email, sms, webhook");
        assertThatThrownBy(() -> SuppressionReason.parse(null)).hasMessageContaining("Unknown suppression reason");
    }
}
