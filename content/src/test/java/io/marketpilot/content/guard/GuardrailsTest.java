package io.marketpilot.content.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.text.language.LanguageDetector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardrailsTest {
    final Guardrails guardrails = new Guardrails(new LanguageDetector(), text -> Optional.empty());
    final BrandVoice voice = BrandVoice.standard();

    static Copy email(String subject, String body) {
        return new Copy(Channel.EMAIL, Map.of("subject", subject, "preheader", "Pre", "body", body, "cta", "Shop"));
    }

    static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void bannedClaimsAndHealthClaimsBlockTheVariant() {
        List<Finding> f = guardrails.check(
                email("Results guaranteed", "This charger cures headaches and is clinically proven."),
                SocialNetwork.X,
                "en",
                voice);

        assertThat(rules(f)).contains("banned-phrase", "health-claim");
        assertThat(f.stream().filter(Finding::blocking)).isNotEmpty();
    }

    @Test
    void wordsAreMatchedWholeSoSecureIsNotACure() {
        List<Finding> f = guardrails.check(
                email("A secure case", "Keep your phone secure with this case, built to last."),
                SocialNetwork.X,
                "en",
                voice);

        assertThat(rules(f)).doesNotContain("banned-phrase", "health-claim");
    }

    @Test
    void chineseBannedPhrasesAndClaimsAreFound() {
        Copy sms = new Copy(Channel.SMS, Map.of("text", "保证有效，这款产品可以治愈失眠。回T退订"));

        assertThat(rules(guardrails.check(sms, SocialNetwork.X, "zh", voice)))
                .contains("banned-phrase", "health-claim");
    }

    @Test
    void copyInTheWrongLanguageIsAnError() {
        List<Finding> f = guardrails.check(
                email("New cables are here", "Hi there, our new cables just arrived."), SocialNetwork.X, "zh", voice);

        assertThat(f).anySatisfy(x -> {
            assertThat(x.rule()).isEqualTo("language");
            assertThat(x.blocking()).isTrue();
        });
    }

    @Test
    void spamTriggersAreWarningsForEmailOnly() {
        Copy spammy = email("CLICK HERE FOR FREE MONEY", "Act now!!! You have been selected.");

        List<Finding> f = guardrails.check(spammy, SocialNetwork.X, "en", voice);

        assertThat(f.stream().filter(x -> x.rule().equals("spam-trigger")).map(Finding::message))
                .anyMatch(m -> m.contains("click here"))
                .anyMatch(m -> m.contains("act now"))
                .anyMatch(m -> m.contains("!!!"))
                .anyMatch(m -> m.contains("capitals"));
        assertThat(f.stream().filter(x -> x.rule().equals("spam-trigger"))).noneMatch(Finding::blocking);
    }

    @Test
    void negativeCopyDrawsASentimentWarning() {
        Guardrails withSentiment = new Guardrails(new LanguageDetector(), text -> Optional.of(-0.6));

        assertThat(rules(withSentiment.check(email("Hello", "Hello there."), SocialNetwork.X, "en", voice)))
                .contains("sentiment");
    }
}
