package io.marketpilot.content.guard;

import io.marketpilot.content.words.Acronyms;
import io.marketpilot.content.words.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capital letters in English copy: a sentence that starts lower-case, and words in capitals that are not acronyms
 * (a product name pasted as "WHITE HANGING HEART T-LIGHT HOLDER", or shouting: "NEW", "SALE").
 */
final class Capitals {
    /** A run of words in capitals, separated by spaces or hyphens; digits or lower case next to it end the run. */
    private static final Pattern CAPS_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}{2,}(?:[\\s-]+\\p{Lu}{2,})*(?![\\p{L}\\p{N}])", Pattern.UNICODE_CASE);

    /** Short words that are shouting, not acronyms, when written in capitals. */
    private static final Set<String> SHOUTED = Set.of(
            "ACT", "ALL", "AND", "BAG", "BEST", "BIG", "BOX", "BUY", "DEAL", "FOR", "FREE", "GET", "GIFT", "HOME",
            "HOT", "HUGE", "JUST", "LAST", "LOVE", "MORE", "NEW", "NOW", "OFF", "ONE", "ONLY", "OUR", "RED", "SALE",
            "SAVE", "SET", "SHOP", "THE", "THIS", "TOP", "WHY", "WITH", "WOW", "YES", "YOU", "YOUR");

    private Capitals() {}

    static List<CopyIssue> allCaps(String text) {
        List<CopyIssue> out = new ArrayList<>();
        Matcher m = CAPS_RUN.matcher(text);
        while (m.find()) {
            List<String> words = List.of(m.group().split("[\\s-]+"));
            List<String> unknown =
                    words.stream().filter(w -> !Acronyms.known(w)).toList();
            if (unknown.isEmpty()) {
                continue;
            }
            boolean shouting = words.size() > 1
                    || SHOUTED.contains(unknown.getFirst())
                    || unknown.getFirst().length() >= 5;
            if (shouting) {
                out.add(new CopyIssue(
                        CopyChecker.ALL_CAPS,
                        m.group(),
                        "is in capitals but is not an acronym; write it in sentence case"));
            }
        }
        return out;
    }

    static List<CopyIssue> lowerCaseStarts(String text) {
        List<CopyIssue> out = new ArrayList<>();
        for (int start : Sentences.starts(text)) {
            int[] word = Sentences.firstWord(text, start);
            String first = text.substring(word[0], word[1]);
            if (Sentences.lowerCaseStart(first)) {
                out.add(new CopyIssue(
                        CopyChecker.LOWER_CASE_START, first, "starts a sentence with a lower-case letter"));
            }
        }
        return out;
    }
}
