package io.marketpilot.text.sentiment.vader;

/** Python {@code str} semantics that VADER relies on and Java defines differently. */
final class PythonStrings {
    private PythonStrings() {}

    /**
     * Python's {@code str.isspace()}: bidirectional class WS, B or S, or category Zs. Unlike
     * {@link Character#isWhitespace(char)} it includes U+0085 and the no-break spaces, which decides
     * where {@code str.split()} cuts a sentence into words. Every such character is in the BMP.
     */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        if (c < '\u0085') {
            return false;
        }
        return c == '\u0085'
                || c == '\u00a0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a')
                || c == '\u2028'
                || c == '\u2029'
                || c == '\u202f'
                || c == '\u205f'
                || c == '\u3000';
    }

    /** Membership in Python's {@code string.punctuation}, the ASCII set VADER strips from word edges. */
    static boolean isPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /**
     * Python's {@code str.isupper()}: at least one cased character and no lower- or title-case one,
     * so digits and punctuation neither make nor break an ALL-CAPS word.
     */
    static boolean isUpper(CharSequence s, int from, int to) {
        boolean cased = false;
        int i = from;
        while (i < to) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            }
            if (Character.isUpperCase(cp)) {
                cased = true;
            }
        }
        return cased;
    }
}
