package io.marketpilot.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.MarketPilotException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AudienceRulePropertiesTest {
    private static final Pattern POSITION = Pattern.compile("^Audience rule, position (\\d+): .+");

    @Property(tries = 2_000)
    void anyTextParsesOrIsRefusedNamingAPositionInsideIt(@ForAll("ruleLikeText") String text) {
        try {
            AudienceRule.parse(text);
        } catch (MarketPilotException e) {
            Matcher m = POSITION.matcher(e.getMessage());
            assertThat(m.matches()).as(e.getMessage()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).isBetween(1, text.length() + 1);
        }
    }

    @Property(tries = 1_000)
    void aPrintedRuleParsesBackToItself(@ForAll("rules") AudienceRule rule) {
        assertThat(AudienceRule.parse(print(rule))).isEqualTo(rule);
    }

    @Provide
    Arbitrary<String> ruleLikeText() {
        // pieces of the language in any order, so that most strings come close to a rule and fail late
        Arbitrary<String> piece = Arbitraries.of(
                "monetary",
                "recency_days",
                "\"share:Home Garden\"",
                "country",
                " and ",
                " or ",
                "not ",
                "(",
                ")",
                ">",
                ">=",
                "=",
                "!=",
                "<",
                "12",
                "-3.5",
                "1.2.3",
                "'Germany'",
                "'",
                "\"",
                " ",
                "§",
                "\t");
        return piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<AudienceRule> rules() {
        return Arbitraries.integers().between(0, 4).flatMap(this::rules);
    }

    /** Rules nested at most {@code depth} levels: a bounded tree, as an unbounded recursive one can overflow. */
    private Arbitrary<AudienceRule> rules(int depth) {
        if (depth == 0) {
            return comparison();
        }
        Arbitrary<List<AudienceRule>> parts =
                rules(depth - 1).list().ofMinSize(2).ofMaxSize(3);
        return Arbitraries.oneOf(
                comparison(),
                parts.map(AudienceRule.All::new),
                parts.map(AudienceRule.AnyOf::new),
                rules(depth - 1).map(AudienceRule.Not::new));
    }

    private Arbitrary<AudienceRule> comparison() {
        Arbitrary<String> name =
                Arbitraries.of("monetary", "recency_days", "events_90d:email_open", "share:Home Garden");
        Arbitrary<AudienceRule.Operator> operator = Arbitraries.of(AudienceRule.Operator.class);
        Arbitrary<Double> value = Arbitraries.integers()
                .between(-100_000, 100_000)
                .map(i -> BigDecimal.valueOf(i, 2).doubleValue());
        Arbitrary<AudienceRule> numeric =
                Combinators.combine(name, operator, value).as(AudienceRule.NumberComparison::new);
        Arbitrary<AudienceRule> text = Combinators.combine(
                        Arbitraries.of("country", "age_band"),
                        Arbitraries.of(AudienceRule.Operator.EQUAL, AudienceRule.Operator.NOT_EQUAL),
                        Arbitraries.of("Germany", "United Kingdom", "25-34"))
                .as(AudienceRule.TextComparison::new);
        return Arbitraries.oneOf(numeric, text);
    }

    /** Writes a rule with every compound part in parentheses, so that parsing it gives back the same tree. */
    private static String print(AudienceRule rule) {
        return switch (rule) {
            case AudienceRule.All all -> join(all.parts(), " and ");
            case AudienceRule.AnyOf any -> join(any.parts(), " or ");
            case AudienceRule.Not not -> "not " + part(not.rule());
            case AudienceRule.NumberComparison c ->
                name(c.name()) + " " + c.operator().symbol() + " "
                        + BigDecimal.valueOf(c.value()).toPlainString();
            case AudienceRule.TextComparison c ->
                name(c.name()) + " " + c.operator().symbol() + " '" + c.value() + "'";
        };
    }

    private static String join(List<AudienceRule> parts, String separator) {
        return String.join(
                separator, parts.stream().map(AudienceRulePropertiesTest::part).toList());
    }

    private static String part(AudienceRule rule) {
        return rule instanceof AudienceRule.NumberComparison || rule instanceof AudienceRule.TextComparison
                ? print(rule)
                : "(" + print(rule) + ")";
    }

    private static String name(String name) {
        return name.contains(" ") ? "\"" + name + "\"" : name;
    }

    @Property(tries = 200)
    void notIsTheComplementWhereEveryFeatureIsPresent(@ForAll("rules") AudienceRule rule) {
        Map<String, Double> features =
                Map.of("monetary", 120.0, "recency_days", 30.0, "events_90d:email_open", 2.0, "share:Home Garden", 0.5);
        Map<String, String> attributes = Map.of("country", "Germany", "age_band", "25-34");
        assertThat(new AudienceRule.Not(rule).test(features, attributes)).isNotEqualTo(rule.test(features, attributes));
    }
}
