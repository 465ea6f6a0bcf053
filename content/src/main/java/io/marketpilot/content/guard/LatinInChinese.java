package io.marketpilot.content.guard;

import io.marketpilot.content.words.Acronyms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words inside Chinese copy. Latin tokens that Chinese retail copy writes as they are pass: codes and
 * model numbers (any token with a digit: "30W", "A4"), known acronyms and one- or two-letter codes in capitals
 * ("USB-C", "LED", the "T" of "回T退订"), brand spellings that mix cases after the first letter ("iPhone", "AirPods") and a few technical terms with no Chinese form in
 * use ("Wi-Fi"). Every other Latin word ("Technology", "chairs", "Fast wall charger") is flagged, consecutive ones
 * as one span.
 */
final class LatinInChinese {
    private static final Pattern TOKEN = Pattern.compile("[\\p{IsLatin}\\p{N}]+(?:[-'’.][\\p{IsLatin}\\p{N}]+)*");
    private static final Set<String> ALLOWED = Set.of("Wi-Fi", "WiFi", "eSIM");

    private LatinInChinese() {}

    static List<CopyIssue> check(String text) {
        List<CopyIssue> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int runStart = -1;
        int runEnd = -1;
        while (m.find()) {
            if (allowed(m.group())) {
                continue;
            }
            boolean joins = runStart >= 0 && text.substring(runEnd, m.start()).isBlank();
            if (!joins) {
                flush(text, runStart, runEnd, out);
                runStart = m.start();
            }
            runEnd = m.end();
        }
        flush(text, runStart, runEnd, out);
        return out;
    }

    static boolean allowed(String token) {
        if (token.chars().noneMatch(Character::isLetter)
                || token.chars().anyMatch(Character::isDigit)
                || ALLOWED.contains(token)) {
            return true;
        }
        boolean innerCapital = token.codePoints().skip(1).anyMatch(Character::isLowerCase)
                && token.codePoints().skip(1).anyMatch(Character::isUpperCase);
        return innerCapital || Arrays.stream(token.split("[-'’.]")).allMatch(LatinInChinese::code);
    }

    /** A letter or two ("T", "XL") or a known acronym ("USB"); "HOLDER" is a word in capitals, not a code. */
    private static boolean code(String part) {
        boolean capitals = part.chars().allMatch(Character::isUpperCase);
        return capitals && (part.length() <= 2 || Acronyms.known(part));
    }

    private static void flush(String text, int start, int end, List<CopyIssue> out) {
        if (start >= 0) {
            out.add(new CopyIssue(
                    CopyChecker.LATIN_IN_CHINESE,
                    text.substring(start, end),
                    "is an English word in Chinese copy; use the Chinese name or a Chinese word"));
        }
    }
}
