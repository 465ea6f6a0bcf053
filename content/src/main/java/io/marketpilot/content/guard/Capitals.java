package io.marketpilot.content.guard;

import io.marketpilot.content.words.Acronyms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /** Abbreviations whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "approx", "incl", "no", "st");

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
        for (int start : sentenceStarts(text)) {
            int i = start;
            while (i < text.length() && "\"“‘'(« \t".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                continue;
            }
            String word = text.substring(i, end);
            // a brand spelled with an inner capital ("iPhone", "eBay") starts lower-case on purpose
            boolean brand = word.codePoints().skip(1).anyMatch(Character::isUpperCase);
            if (Character.isLowerCase(word.codePointAt(0)) && !brand) {
                out.add(new CopyIssue(
                        CopyChecker.LOWER_CASE_START, word, "starts a sentence with a lower-case letter"));
            }
        }
        return out;
    }

    /** Where sentences start: the text's start, each line's start, and after ". ", "! " or "? " (not "...", "e.g. "). */
    static List<Integer> sentenceStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                starts.add(i + 1);
            } else if ((c == '.' || c == '!' || c == '?')
                    && i + 1 < text.length()
                    && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')
                    && !ellipsis(text, i)
                    && !(c == '.' && abbreviation(text, i))) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private static boolean ellipsis(String text, int i) {
        return i > 0 && text.charAt(i - 1) == '.';
    }

    private static boolean abbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(Locale.ROOT));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
    }
}
