package io.marketpilot.content.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.content.Briefs;
import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.brief.CustomerFacts;
import io.marketpilot.content.brief.PersonaKind;
import io.marketpilot.content.brief.ProductFacts;
import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.channel.CopyRules;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.text.language.LanguageDetector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    }

    @Test
    void chineseCopyShowsOnlyChineseNamesOfPicksAndPurchases() {
        ContentBrief english = Briefs.forCustomer(Channel.EMAIL, "zh");
        ContentBrief chinese = withCustomer(
                english,
                new CustomerFacts(
                        "C00010",
                        Optional.of("Alex"),
                        List.of(),
                        List.of("专业版USB-C 数据线（绿色）"),
                        List.of("快充充电器 30W", "轻薄手机壳")));

        assertThat(COMPOSER.compose(english, "value", 0).text("body"))
                .doesNotContain("Fast wall charger", "Slim phone case", "Pro USB-C cable", "为你精选");
        assertThat(COMPOSER.compose(chinese, "value", 0).text("body"))
                .contains("为你精选：快充充电器 30W、轻薄手机壳。", "专业版USB-C 数据线（绿色）")
                .startsWith("亲爱的顾客");
    }

    static ContentBrief withCustomer(ContentBrief b, CustomerFacts customer) {
        return new ContentBrief(
                b.channel(),
                b.network(),
                b.language(),
                b.audience(),
                Optional.of(customer),
                b.product(),
                b.goal(),
                b.tone(),
                b.keywords(),
                b.voice(),
                b.variants(),
                b.seed());
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
        Map<String, Slot> cables = Map.of("category", new Slot("cables", true));
        assertThat(loyalLines.stream().map(l -> PhraseBank.fill(l, cables))).anyMatch(loyal::contains);
        assertThat(atRiskLines.stream().map(l -> PhraseBank.fill(l, cables))).anyMatch(atRisk::contains);
    }

    @Test
    void categoryPathsAndCapitalisedNamesAreWrittenAsAPersonWould() {
        ContentBrief superstore = withProduct(
                Briefs.forSegment(Channel.SMS, "en", "At-risk regulars", 1, 3),
                new ProductFacts("FUR-CH-1", "Northfield Mesh Task Chair", "Furniture > Chairs", "", Optional.empty()));
        ContentBrief onlineRetail = withProduct(
                Briefs.forSegment(Channel.EMAIL, "en", "Steady customers", 1, 3),
                new ProductFacts("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", "", "", Optional.of(2.55)));

        List<String> sms = variants(superstore, "comeback");
        List<String> emails = variants(onlineRetail, "newness");

        assertThat(sms).noneMatch(t -> t.contains(">") || t.contains("Furniture"));
        assertThat(sms).anyMatch(t -> t.contains("Your favourite chairs are back."));
        assertThat(emails).noneMatch(t -> t.contains("WHITE HANGING"));
        assertThat(emails).anyMatch(t -> t.contains("White hanging heart T-light holder has just arrived."));
    }

    /** Twenty variants of one angle, each as one text. */
    static List<String> variants(ContentBrief brief, String angle) {
        return java.util.stream.IntStream.range(0, 20)
                .mapToObj(v -> COMPOSER.compose(brief, angle, v).joined())
                .toList();
    }

    @Test
    void chineseCopyWithoutAChineseNameUsesTheChineseCategoryWord() {
        ContentBrief brief = withProduct(
                Briefs.forSegment(Channel.SMS, "zh", "At-risk regulars", 1, 3),
                new ProductFacts("TEC-PH-1", "Corvane X2 Smartphone", "Technology > Phones", "", Optional.empty()));

        List<String> texts = variants(brief, "comeback");

        assertThat(texts).noneMatch(t -> t.contains("Technology") || t.contains("Phones") || t.contains("Corvane"));
        assertThat(texts).anyMatch(t -> t.contains("你喜欢的手机回来了") || t.contains("这款手机"));
    }

    static ContentBrief withProduct(ContentBrief b, ProductFacts product) {
        return new ContentBrief(
                b.channel(),
                b.network(),
                b.language(),
                b.audience(),
                b.customer(),
                Optional.of(product),
                b.goal(),
                b.tone(),
                b.keywords(),
                b.voice(),
                b.variants(),
                b.seed());
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
