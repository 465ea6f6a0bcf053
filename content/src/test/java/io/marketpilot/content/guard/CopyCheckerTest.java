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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CopyCheckerTest {
    final CopyChecker checker = new CopyChecker();

    List<CopyIssue> en(String text) {
        return checker.check(text, "en");
    }

    List<CopyIssue> zh(String text) {
        return checker.check(text, "zh");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We kept your favourite Furniture > Chairs in stock.        | Furniture > Chairs
            Good furniture > chairs does not have to cost more.        | furniture > chairs
            New in Office Supplies / Binders this week.                | Supplies / Binders
            Shop Technology/Phones today.                              | Technology/Phones
            """)
    void categoryPathsAreFlaggedWithTheirSpan(String text, String span) {
        assertThat(en(text))
                .extracting(CopyIssue::rule, CopyIssue::span)
                .contains(tuple(CopyChecker.CATEGORY_PATH, span));
    }

    @Test
    void chineseCategoryPathsAndEnglishPathsInChineseAreFlagged() {
        assertThat(rules(zh("你喜欢的家具 > 椅子回来了。"))).contains(CopyChecker.CATEGORY_PATH);
        assertThat(rules(zh("你喜欢的家具/椅子回来了。"))).contains(CopyChecker.CATEGORY_PATH);
        assertThat(zh("你喜欢的Technology > Phones回来了"))
                .extracting(CopyIssue::rule, CopyIssue::span)
                .contains(
                        tuple(CopyChecker.CATEGORY_PATH, "Technology > Phones"),
                        tuple(CopyChecker.LATIN_IN_CHINESE, "Technology"),
                        tuple(CopyChecker.LATIN_IN_CHINESE, "Phones"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cables and/or chargers, 24/7 delivery.",
                "A USB-C/Lightning cable for every bag.",
                "Read more at https://shop.example.com/chairs/office today.",
                "Set/20 red retrospot paper napkins.",
                "Pink/purple retro radio."
            })
    void slashesThatAreNotPathsPass(String text) {
        assertThat(rules(en(text))).doesNotContain(CopyChecker.CATEGORY_PATH);
    }

    @Test
    void leftoverSlotsAndNullsAreErrorsButMergeFieldsPass() {
        List<CopyIssue> issues = en("Hi {{first_name}}, {product} costs null today. {{picked_for_you}} {{last_name}}");

        assertThat(issues)
                .filteredOn(i -> i.rule().equals(CopyChecker.TEMPLATE_SLOT))
                .extracting(CopyIssue::span)
                .containsExactly("{product}", "null", "{{last_name}}");
        assertThat(issues.getFirst().finding().blocking()).isTrue();
        assertThat(rules(zh("{category}上新了，价格${price}。"))).containsOnly(CopyChecker.TEMPLATE_SLOT);
        assertThat(en("Hi {{first_name}},\n\n{{picked_for_you}}")).isEmpty();
    }

    @Test
    void sentencesMustStartWithACapitalLetter() {
        assertThat(en("our best-sellers have just arrived. take a look!"))
                .filteredOn(i -> i.rule().equals(CopyChecker.LOWER_CASE_START))
                .extracting(CopyIssue::span)
                .containsExactly("our", "take");
        assertThat(en("Hi there,\n\nnew arrivals are in."))
                .extracting(CopyIssue::span)
                .containsExactly("new");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Our best-sellers have just arrived. Take a look!",
                "{{first_name}}, a quick one: the offer ends soon.",
                "iPhone cases, e.g. the slim one, are back. Now 7.99. Wait... there is more.",
                "15cm glass bauble. 3 for 2."
            })
    void wellStartedSentencesPass(String text) {
        assertThat(rules(en(text))).doesNotContain(CopyChecker.LOWER_CASE_START);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Our best-sellers has just arrived.        | Our best-sellers has
            Your favourite chairs is back.            | Your favourite chairs is
            See this products today.                  | this products
            Every cables we sell is tested.           | Every cables
            This chair are our favourite.             | This chair are
            """)
    void numberDisagreementIsFlagged(String text, String span) {
        assertThat(en(text))
                .extracting(CopyIssue::rule, CopyIssue::span)
                .contains(tuple(CopyChecker.NUMBER_AGREEMENT, span));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Our best-sellers have just arrived.",
                "Your favourite chairs are back.",
                "Good furniture does not have to cost more.",
                "This makes a present people really use.",
                "Each comes with a case. The glass is tempered. Our canvas is thick.",
                "A few are left. The series is back. This bonus is yours.",
                "The office supplies you buy are back in stock."
            })
    void agreeingSentencesPass(String text) {
        assertThat(rules(en(text))).doesNotContain(CopyChecker.NUMBER_AGREEMENT);
    }

    @Test
    void wordsInCapitalsThatAreNotAcronymsAreFlagged() {
        assertThat(en("Meet WHITE HANGING HEART T-LIGHT HOLDER."))
                .extracting(CopyIssue::rule, CopyIssue::span)
                .containsExactly(
                        tuple(CopyChecker.ALL_CAPS, "WHITE HANGING HEART"),
                        tuple(CopyChecker.ALL_CAPS, "LIGHT HOLDER"));
        assertThat(rules(en("Shop the NEW range."))).containsExactly(CopyChecker.ALL_CAPS);
        assertThat(rules(en("Hurry, GORGEOUS chairs."))).containsExactly(CopyChecker.ALL_CAPS);
    }

    @Test
    void acronymsCodesAndTheSmsKeywordPass() {
        assertThat(en("A USB-C cable, a 3D card and an LED night light. 30W, A4, HDMI. Reply STOP to opt out"))
                .isEmpty();
    }

    @Test
    void englishWordsInChineseCopyAreFlaggedButCodesAndBrandsPass() {
        assertThat(zh("为你精选：Fast wall charger 30 W、Slim phone case。"))
                .extracting(CopyIssue::rule, CopyIssue::span)
                .containsExactly(
                        tuple(CopyChecker.LATIN_IN_CHINESE, "Fast wall charger"),
                        tuple(CopyChecker.LATIN_IN_CHINESE, "Slim phone case"));
        assertThat(zh("WHITE HANGING HEART T-LIGHT HOLDER刚刚到货。"))
                .extracting(CopyIssue::span)
                .containsExactly("WHITE HANGING HEART T-LIGHT HOLDER");
        assertThat(zh("基础款USB-C 数据线（蓝色）、iPhone 15 保护壳、30W充电器、LED小夜灯、Wi-Fi音箱。回T退订"))
                .isEmpty();
    }

    @Test
    void doubledWordsAndSpacesAreFlagged() {
        assertThat(en("Shop the the new range."))
                .extracting(CopyIssue::rule, CopyIssue::span)
                .containsExactly(tuple(CopyChecker.DOUBLED_WORD, "the the"));
        assertThat(en("Lunch bag  black skull."))
                .extracting(CopyIssue::rule, CopyIssue::span)
                .containsExactly(tuple(CopyChecker.DOUBLED_SPACE, "bag  black"));
        assertThat(rules(zh("本周  上新。"))).containsExactly(CopyChecker.DOUBLED_SPACE);
        // Chinese doubles words on purpose ("看看", "轻轻")
        assertThat(zh("来看看新品，轻轻一点就好。")).isEmpty();
        assertThat(en("Hi there,\n\nSee you soon.\n\nThe team")).isEmpty();
    }

    @Test
    void guardrailsReportTheCheckersIssuesAsFindingsForAnyWriter() {
        Guardrails guardrails = new Guardrails(new LanguageDetector(), text -> Optional.empty());
        Copy fromAModel = new Copy(
                Channel.SMS,
                Map.of("text", "our best-sellers has just arrived in Furniture > Chairs. Reply STOP to opt out"));

        List<Finding> findings = guardrails.check(fromAModel, SocialNetwork.X, "en", BrandVoice.standard());

        assertThat(findings)
                .extracting(Finding::rule)
                .contains(CopyChecker.LOWER_CASE_START, CopyChecker.NUMBER_AGREEMENT, CopyChecker.CATEGORY_PATH);
        assertThat(findings)
                .filteredOn(f -> f.rule().equals(CopyChecker.CATEGORY_PATH))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("\"Furniture > Chairs\"");
    }

    static List<String> rules(List<CopyIssue> issues) {
        return issues.stream().map(CopyIssue::rule).toList();
    }

    static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
