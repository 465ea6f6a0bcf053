package io.marketpilot.content.compose;

import io.marketpilot.content.words.Acronyms;
import io.marketpilot.content.words.EnglishNumber;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product names as a person writes them in a sentence: an ALL-CAPS catalogue name ("WHITE HANGING HEART T-LIGHT
 * HOLDER") in sentence case ("White hanging heart T-light holder") with acronyms, codes and units kept sensible
 * ("LED", "3D", "15cm"), stray spaces and a closing full stop removed; and the name's grammatical number, read from
 * its head noun ("Max wireless earbuds" are plural, "Pack of 72 cake cases" is singular).
 */
public final class ProductNames {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(\\d+(?:[.,]\\d+)?)(\\p{L}+)");
    /** Units as they are written after a number; others (3D, A4) are codes and keep their capitals. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("MM", "mm"),
            Map.entry("CM", "cm"),
            Map.entry("M", "m"),
            Map.entry("ML", "ml"),
            Map.entry("CL", "cl"),
            Map.entry("L", "l"),
            Map.entry("G", "g"),
            Map.entry("KG", "kg"),
            Map.entry("PC", "pc"),
            Map.entry("PCS", "pcs"),
            Map.entry("IN", "in"),
            Map.entry("FT", "ft"),
            Map.entry("OZ", "oz"),
            Map.entry("W", "W"),
            Map.entry("V", "V"),
            Map.entry("GB", "GB"),
            Map.entry("TB", "TB"),
            Map.entry("MAH", "mAh"));
    /** Proper nouns common in retail names, which keep their capital inside a sentence-case name. */
    private static final Set<String> PROPER = Set.of(
            "christmas",
            "xmas",
            "easter",
            "halloween",
            "valentine",
            "valentine's",
            "victorian",
            "edwardian",
            "english",
            "french",
            "scandinavian",
            "london",
            "paris",
            "santa",
            "union",
            "jack",
            "england");
    /** Words that make a name count as one item whatever follows: "set of 3 cake tins" is one set. */
    private static final Pattern CONTAINER =
            Pattern.compile("^(set|pack|box|bag|kit|pair|case|roll|tin|jar|tub|bundle)\\b.*", Pattern.CASE_INSENSITIVE);
    /** Where a name's head noun phrase ends: "Chair with lumbar support", "Chairs, set of 4", "cable (blue)". */
    private static final Pattern HEAD_END =
            Pattern.compile("\\s*(?:[,(\\[]|\\s-\\s|\\s(?:with|for|in|and|w/)\\s).*$", Pattern.CASE_INSENSITIVE);
    /** A trailing specification: "glass ball 20 lights", "cakestand 3 tier", "smartphone 64 GB". */
    private static final Pattern TRAILING_SPEC = Pattern.compile("\\s+\\d[\\d.,]*\\s*\\p{L}+$");

    private ProductNames() {}

    /** The name to write in English copy. */
    public static String readable(String name) {
        String tidy = name.strip().replaceAll("\\s+", " ");
        if (tidy.endsWith(".") && !tidy.endsWith("..")) {
            tidy = tidy.substring(0, tidy.length() - 1).strip();
        }
        return allCaps(tidy) ? sentenceCase(tidy) : tidy;
    }

    /** True when the name is a plural noun phrase, so that it takes "have" and "are". */
    static boolean plural(String readableName) {
        if (CONTAINER.matcher(readableName).matches()) {
            return false;
        }
        String head = HEAD_END.matcher(readableName).replaceFirst("");
        String withoutSpec = TRAILING_SPEC.matcher(head).replaceFirst("");
        return EnglishNumber.plural(withoutSpec.isBlank() ? head : withoutSpec);
    }

    /** True when the text has Chinese characters, so Chinese copy can show it. */
    public static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean allCaps(String name) {
        long letters = name.codePoints().filter(Character::isLetter).count();
        long upper = name.codePoints().filter(Character::isUpperCase).count();
        return letters >= 4 && upper == letters;
    }

    private static String sentenceCase(String name) {
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(name);
        int last = 0;
        while (m.find()) {
            out.append(name, last, m.start());
            boolean beforeHyphen = m.end() < name.length() && name.charAt(m.end()) == '-';
            out.append(word(m.group(), beforeHyphen));
            last = m.end();
        }
        out.append(name.substring(last));
        return out.isEmpty() ? name : Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }

    private static String word(String token, boolean beforeHyphen) {
        Matcher unit = NUMBER_WITH_UNIT.matcher(token);
        if (unit.matches()) {
            return unit.group(1) + UNITS.getOrDefault(unit.group(2), unit.group(2));
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (token.chars().anyMatch(Character::isDigit) || Acronyms.known(token)) {
            return token;
        }
        if (token.length() == 1 && beforeHyphen) {
            return token; // "T-light", "U-lock"
        }
        if (PROPER.contains(lower)) {
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return lower;
    }
}
