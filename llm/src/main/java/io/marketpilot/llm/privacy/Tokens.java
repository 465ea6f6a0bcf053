package io.marketpilot.llm.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits text into words (runs of letters, digits and inner apostrophes) and single Han characters. */
final class Tokens {
    /** One word with its place in the text. */
    record Token(int start, int end, String text) {
        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        boolean capitalised() {
            int cp = text.codePointAt(0);
            return Character.isUpperCase(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
        }
    }

    private Tokens() {}

    static List<String> of(String text) {
        return scan(text).stream().map(Token::text).toList();
    }

    static List<Token> scan(String raw) {
        String text = raw.replace('’', '\'');
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (han(cp)) {
                out.add(new Token(i, i + len, text.substring(i, i + len)));
                i += len;
            } else if (wordChar(cp)) {
                int start = i;
                while (i < text.length()) {
                    int c = text.codePointAt(i);
                    boolean innerApostrophe =
                            c == '\'' && i > start && i + 1 < text.length() && wordChar(text.codePointAt(i + 1));
                    if (han(c) || !(wordChar(c) || innerApostrophe)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                out.add(new Token(start, i, text.substring(start, i)));
            } else {
                i += len;
            }
        }
        return out;
    }

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
