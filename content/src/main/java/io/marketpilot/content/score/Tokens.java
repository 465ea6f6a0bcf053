package io.marketpilot.content.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokens for overlap metrics: lower-cased runs of letters and digits, and every CJK character as a token of its
 * own (as sacreBLEU's {@code zh} tokenizer does), so English and Chinese copy are scored alike.
 */
public final class Tokens {
    private Tokens() {}

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flush(word, out);
                out.add(new String(Character.toChars(c)));
            } else if (Character.isLetterOrDigit(c) || (c == '\'' && !word.isEmpty())) {
                word.appendCodePoint(c);
            } else {
                flush(word, out);
            }
        });
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (!word.isEmpty()) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
