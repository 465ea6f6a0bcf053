package io.marketpilot.core.campaign;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A recursive-descent parser of {@link AudienceRule}s, reading the grammar documented there. */
final class RuleParser {
    /** Deeper nesting than this is refused rather than risking the stack on a hostile rule. */
    private static final int MAX_DEPTH = 50;

    private final String text;
    private int pos;
    private int depth;

    RuleParser(String text) {
        this.text = text;
    }

    AudienceRule parse() {
        skipBlanks();
        if (pos == text.length()) {
            throw error("the rule is empty: write a comparison such as recency_days > 90");
        }
        AudienceRule rule = or();
        skipBlanks();
        if (pos < text.length()) {
            throw error("expected 'and', 'or' or the end of the rule, found " + found());
        }
        return rule;
    }

    private AudienceRule or() {
        List<AudienceRule> parts = new ArrayList<>();
        parts.add(and());
        while (keyword("or")) {
            parts.add(and());
        }
        return parts.size() == 1 ? parts.getFirst() : new AudienceRule.AnyOf(parts);
    }

    private AudienceRule and() {
        List<AudienceRule> parts = new ArrayList<>();
        parts.add(not());
        while (keyword("and")) {
            parts.add(not());
        }
        return parts.size() == 1 ? parts.getFirst() : new AudienceRule.All(parts);
    }

    private AudienceRule not() {
        if (++depth > MAX_DEPTH) {
            throw error("the rule nests deeper than " + MAX_DEPTH + " levels");
        }
        try {
            if (keyword("not")) {
                return new AudienceRule.Not(not());
            }
            skipBlanks();
            if (peek('(')) {
                int open = pos;
                pos++;
                AudienceRule inner = or();
                skipBlanks();
                if (!peek(')')) {
                    throw error("expected ')' to close the '(' at position " + (open + 1) + ", found " + found());
                }
                pos++;
                return inner;
            }
            return comparison();
        } finally {
            depth--;
        }
    }

    private AudienceRule comparison() {
        skipBlanks();
        String name = name();
        skipBlanks();
        int opAt = pos;
        AudienceRule.Operator operator = operator(name);
        skipBlanks();
        if (peek('\'')) {
            if (operator != AudienceRule.Operator.EQUAL && operator != AudienceRule.Operator.NOT_EQUAL) {
                pos = opAt;
                throw error("text is compared with = or != only, not " + operator.symbol());
            }
            return new AudienceRule.TextComparison(name, operator, quoted('\''));
        }
        return new AudienceRule.NumberComparison(name, operator, number(name));
    }

    private String name() {
        if (peek('"')) {
            String name = quoted('"');
            if (name.isBlank()) {
                throw error("a quoted name is empty");
            }
            return name;
        }
        int start = pos;
        if (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos == start) {
            throw error("expected a feature name (e.g. monetary), '(' or 'not', found " + found());
        }
        String name = text.substring(start, pos);
        if (isKeyword(name)) {
            pos = start;
            throw error("expected a feature name, found the word '" + name + "'");
        }
        return name;
    }

    private AudienceRule.Operator operator(String name) {
        String[] symbols = {"<=", ">=", "!=", "<>", "==", "<", ">", "="};
        for (String symbol : symbols) {
            if (text.startsWith(symbol, pos)) {
                pos += symbol.length();
                return switch (symbol) {
                    case "<=" -> AudienceRule.Operator.LESS_OR_EQUAL;
                    case ">=" -> AudienceRule.Operator.GREATER_OR_EQUAL;
                    case "!=", "<>" -> AudienceRule.Operator.NOT_EQUAL;
                    case "<" -> AudienceRule.Operator.LESS;
                    case ">" -> AudienceRule.Operator.GREATER;
                    default -> AudienceRule.Operator.EQUAL;
                };
            }
        }
        throw error("expected a comparison (<, <=, >, >=, =, !=) after '" + name + "', found " + found());
    }

    private double number(String name) {
        int start = pos;
        if (peek('-') || peek('+')) {
            pos++;
        }
        int digits = 0;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            digits += Character.isDigit(text.charAt(pos)) ? 1 : 0;
            pos++;
        }
        if (digits == 0) {
            pos = start;
            throw error("expected a number or a 'quoted text' to compare '" + name + "' with, found " + found());
        }
        String literal = text.substring(start, pos);
        try {
            double value = Double.parseDouble(literal);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the position
        }
        pos = start;
        throw error("'" + literal + "' is not a number");
    }

    private String quoted(char quote) {
        int open = pos;
        int close = text.indexOf(quote, pos + 1);
        if (close < 0) {
            throw error("the quote at position " + (open + 1) + " is never closed");
        }
        pos = close + 1;
        return text.substring(open + 1, close);
    }

    private boolean keyword(String word) {
        skipBlanks();
        int end = pos + word.length();
        if (end <= text.length()
                && text.regionMatches(true, pos, word, 0, word.length())
                && (end == text.length() || !isNamePart(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private static boolean isKeyword(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.equals("and") || lower.equals("or") || lower.equals("not");
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.' || c == '-';
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private String found() {
        if (pos >= text.length()) {
            return "the end of the rule";
        }
        int end = Math.min(text.length(), pos + 12);
        return "'" + text.substring(pos, end) + (end < text.length() ? "…'" : "'");
    }

    private MarketPilotException error(String problem) {
        int position = pos + 1;
        return new MarketPilotException(
                ErrorCode.INVALID_INPUT,
                "Audience rule, position " + position + ": " + problem,
                Map.of("field", "audience rule", "position", position));
    }
}
