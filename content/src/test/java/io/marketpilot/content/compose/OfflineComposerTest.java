package io.marketpilot.content.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.content.Briefs;
import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.brief.PersonaKind;
import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.channel.CopyRules;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.text.language.LanguageDetector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OfflineComposerTest {
    static final OfflineComposer COMPOSER = new OfflineComposer();
    static final LanguageDetector LANGUAGES = new LanguageDetector();
    static final List<String> PERSONAS = List.of(
            "High-value loyalists",
            "At-risk regulars",
            "New customers",
            "Gift shoppers",
            "Bargain hunters",
            "Frequent returners",
            "One-off buyers",
            "Engaged browsers",
            "Steady customers",
            "Occasional buyers (2)");

    @ParameterizedTest
    @EnumSource(Channel.class)
    void everyChannelAnglePersonaAndLanguageGivesValidCopyInThatLanguage(Channel channel) {
        for (String language : List.of("en", "zh")) {
            for (String persona : PERSONAS) {
                for (String angle : PersonaKind.ALL_ANGLES) {
                    for (SocialNetwork network : List.of(SocialNetwork.X, SocialNetwork.WEIBO)) {
                        ContentBrief brief = Briefs.forSegment(channel, language, persona, 3, 7);
                        brief = new ContentBrief(
                                channel,
                                network,
                                language,
                                brief.audience(),
                                brief.customer(),
                                brief.product(),
                                brief.goal(),
                                brief.tone(),
                                brief.keywords(),
                                brief.voice(),
                                3,
                                7);
                        Copy copy = COMPOSER.compose(brief, angle, 0);
                        String where = channel + "/" + language + "/" + persona + "/" + angle + "/" + network;
                        assertThat(CopyRules.violations(copy, network))
                                .as(where)
                                .isEmpty();
                        assertThat(LANGUAGES
                                        .detect(copy.joined().replace(OfflineComposer.FIRST_NAME, ""))
                                        .code())
                                .as(where)
                                .isEqualTo(language);
                        assertThat(copy.joined()).as(where).doesNotContain("{product}", "{category}", "{name}");
                    }
                }
            }
        }
    }

    @Test
    void customerCopyUsesTheirPicksAndRecentPurchase() {
        Copy email = COMPOSER.compose(Briefs.forCustomer(Channel.EMAIL, "en"), "value", 0);

        assertThat(email.text("body"))
                .contains("Picked for you: Fast wall charger 30 W and Slim phone case.")
                .contains("Pro USB-C cable (green)")
                .doesNotContain(OfflineComposer.FIRST_NAME)
                .startsWith("Hi there,");
        Copy zh = COMPOSER.compose(Briefs.forCustomer(Channel.EMAIL, "zh"), "value", 0);
        assertThat(zh.text("body")).contains("为你精选：Fast wall charger 30 W、Slim phone case。");
    }

    @Test
    void segmentEmailsCarryMergeFieldsForThePerCustomerParts() {
        Copy email = COMPOSER.compose(Briefs.forSegment(Channel.EMAIL, "en", "Bargain hunters", 1, 1), "value", 0);

        assertThat(email.text("body"))
                .startsWith("Hi " + OfflineComposer.FIRST_NAME + ",")
                .contains(OfflineComposer.PICKED_FOR_YOU);
    }

    @Test
    void personasGetTheirOwnLines() {
        String loyal = COMPOSER.compose(
                        Briefs.forSegment(Channel.EMAIL, "en", "High-value loyalists", 1, 3), "value", 0)
                .text("body");
        String atRisk = COMPOSER.compose(Briefs.forSegment(Channel.EMAIL, "en", "At-risk regulars", 1, 3), "value", 0)
                .text("body");

        List<String> loyalLines = new OfflineComposerTestBank().persona("en", "loyal");
        List<String> atRiskLines = new OfflineComposerTestBank().persona("en", "at-risk");
        assertThat(loyalLines.stream().map(l -> l.replace("{category}", "cables")))
                .anyMatch(loyal::contains);
        assertThat(atRiskLines.stream().map(l -> l.replace("{category}", "cables")))
                .anyMatch(atRisk::contains);
    }

    @Test
    void theSameSeedGivesTheSameCopyAndOtherSeedsVaryIt() {
        ContentBrief brief = Briefs.forSegment(Channel.EMAIL, "en", "Bargain hunters", 1, 11);
        assertThat(COMPOSER.compose(brief, "value", 0)).isEqualTo(COMPOSER.compose(brief, "value", 0));

        java.util.Set<String> subjects = new java.util.HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            subjects.add(
                    COMPOSER.compose(Briefs.forSegment(Channel.EMAIL, "en", "Bargain hunters", 1, seed), "value", 0)
                            .text("body"));
        }
        assertThat(subjects).hasSizeGreaterThan(5);
    }

    /** Reads the bank the composer uses, so the test checks persona lines without copying them. */
    static final class OfflineComposerTestBank {
        List<String> persona(String language, String kind) {
            return PhraseBank.load(language).list("persona", kind);
        }
    }
}
