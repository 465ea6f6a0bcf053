package io.marketpilot.core.campaign;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed audience rule: comparisons of a customer's profile features (numbers, e.g. {@code recency_days > 90}) and
 * attributes (text, e.g. {@code country = 'Germany'}) joined by {@code and}, {@code or}, {@code not} and parentheses.
 * A customer without a feature or attribute satisfies no comparison on it, {@code !=} included, as a missing value
 * is not known to differ (NaN counts as missing).
 */
public sealed interface AudienceRule {
    /**
     * Parses a rule; a mistake is refused with a message that names its position (1-based, in characters).
     *
     * <pre>
     * rule       := or
     * or         := and ("or" and)*
     * and        := not ("and" not)*
     * not        := "not" not | "(" or ")" | comparison
     * comparison := name op number | name ("=" | "!=") 'text'
     * name       := letter (letter | digit | _ : . -)*  |  "any text"   (e.g. "share:Home Garden")
     * op         := &lt; | &lt;= | &gt; | &gt;= | = | !=
     * </pre>
     */
    static AudienceRule parse(String expression) {
        return new RuleParser(expression).parse();
    }

    /** Whether a customer with these features and attributes satisfies the rule. */
    boolean test(Map<String, Double> features, Map<String, String> attributes);

    /** Every feature or attribute name the rule reads, in order of appearance. */
    default Set<String> names() {
        var names = new LinkedHashSet<String>();
        collectNames(this, names);
        return names;
    }

    private static void collectNames(AudienceRule rule, Set<String> names) {
        switch (rule) {
            case All all -> all.parts().forEach(p -> collectNames(p, names));
            case AnyOf any -> any.parts().forEach(p -> collectNames(p, names));
            case Not not -> collectNames(not.rule(), names);
            case NumberComparison c -> names.add(c.name());
            case TextComparison c -> names.add(c.name());
        }
    }

    /** A comparison operator. */
    enum Operator {
        LESS("<"),
        LESS_OR_EQUAL("<="),
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        EQUAL("="),
        NOT_EQUAL("!=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case LESS -> comparison < 0;
                case LESS_OR_EQUAL -> comparison <= 0;
                case GREATER -> comparison > 0;
                case GREATER_OR_EQUAL -> comparison >= 0;
                case EQUAL -> comparison == 0;
                case NOT_EQUAL -> comparison != 0;
            };
        }
    }

    /** Every part holds. */
    record All(List<AudienceRule> parts) implements AudienceRule {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Map<String, Double> features, Map<String, String> attributes) {
            return parts.stream().allMatch(p -> p.test(features, attributes));
        }
    }

    /** At least one part holds. */
    record AnyOf(List<AudienceRule> parts) implements AudienceRule {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Map<String, Double> features, Map<String, String> attributes) {
            return parts.stream().anyMatch(p -> p.test(features, attributes));
        }
    }

    /** The rule does not hold. */
    record Not(AudienceRule rule) implements AudienceRule {
        @Override
        public boolean test(Map<String, Double> features, Map<String, String> attributes) {
            return !rule.test(features, attributes);
        }
    }

    /** A numeric feature compared with a number. */
    record NumberComparison(String name, Operator operator, double value) implements AudienceRule {
        @Override
        public boolean test(Map<String, Double> features, Map<String, String> attributes) {
            Double feature = features.get(name);
            return feature != null && !feature.isNaN() && operator.holds(Double.compare(feature, value));
        }
    }

    /** A text attribute compared with a text, ignoring case and surrounding blanks. */
    record TextComparison(String name, Operator operator, String value) implements AudienceRule {
        @Override
        public boolean test(Map<String, Double> features, Map<String, String> attributes) {
            String attribute = attributes.get(name);
            return attribute != null && operator.holds(attribute.strip().equalsIgnoreCase(value.strip()) ? 0 : 1);
        }
    }
}
