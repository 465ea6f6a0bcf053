package io.marketpilot.text.aspects;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a review into clauses, the unit aspect sentiment is judged on: "great screen, but the battery dies" says
 * two things. Splits at sentence and clause punctuation (English and Chinese) and before contrast words.
 */
public final class ClauseSplitter {
    private static final Pattern SPLIT = Pattern.compile("[.!?;,\\n。！？；，、]+|(?i)(?=\\bbut\\b)|(?=但是|不过|可是)|(?=但(?!是))");
    public static final int MAX_CLAUSES = 12;

    private ClauseSplitter() {}

    /** Non-blank clauses in order, at most {@value #MAX_CLAUSES} (the rest is joined into the last). */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : SPLIT.split(text)) {
            String clause = part.strip();
            if (clause.codePointCount(0, clause.length()) >= 2) {
                out.add(clause);
            }
        }
        if (out.size() > MAX_CLAUSES) {
            List<String> head = new ArrayList<>(out.subList(0, MAX_CLAUSES - 1));
            head.add(String.join(" ", out.subList(MAX_CLAUSES - 1, out.size())));
            return head;
        }
        return out;
    }
}
