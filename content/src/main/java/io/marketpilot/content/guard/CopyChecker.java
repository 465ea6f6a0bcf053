package io.marketpilot.content.guard;

import io.marketpilot.content.channel.Copy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that copy reads as a person wrote it, whoever wrote it (the offline composer or a model): no raw category
 * paths, no unfilled template slots, sentences that start with a capital letter, nouns and verbs that agree in
 * number, no words in capitals that are not acronyms, no English words inside Chinese copy beyond brand names and
 * codes, and no doubled words or spaces. Each issue names its rule and the offending text.
 */
public final class CopyChecker {
    public static final String CATEGORY_PATH = "category-path";
    public static final String TEMPLATE_SLOT = "template-slot";
    public static final String LOWER_CASE_START = "lower-case-start";
    public static final String NUMBER_AGREEMENT = "number-agreement";
    public static final String ALL_CAPS = "all-caps";
    public static final String LATIN_IN_CHINESE = "latin-in-chinese";
    public static final String DOUBLED_WORD = "doubled-word";
    public static final String DOUBLED_SPACE = "doubled-space";

    /** The merge fields filled per customer when a segment's text is sent; any other brace is an unfilled slot. */
    private static final Set<String> MERGE_FIELDS = Set.of("{{first_name}}", "{{picked_for_you}}");

    /**
     * Stands in for merge fields, slots and web addresses while the other rules run: neither a letter nor a space,
     * so "{{first_name}}, hi" does not start with a lower-case word and a URL's slashes are no category path.
     */
    private static final String OPAQUE = "\uE000";

    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+");
    private static final Pattern SLOT =
            Pattern.compile("\\{\\{[^{}]*}}|\\{[^{}\\s][^{}]*}|\\$\\{[^}]*}|%[sd]\\b|(?<!\\p{L})(?i:null)(?!\\p{L})");
    /** A word of two or more letters in one script: a Latin word, or a run of Chinese characters. */
    private static final String TERM = "(?:\\p{IsLatin}[\\p{IsLatin}'’-]+|\\p{IsHan}{2,})";

    private static final Pattern PATH = Pattern.compile("(" + TERM + ")\\s*[>›»]\\s*(" + TERM + ")"
            + "|(" + TERM + ")(?:\\s+/\\s*|\\s*/\\s+)(" + TERM + ")"
            + "|\\b\\p{Lu}\\p{Ll}{2,}/\\p{Lu}\\p{Ll}{2,}\\b"
            + "|\\p{IsHan}+/\\p{IsHan}+");
    private static final Pattern DOUBLED_WORD_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{IsLatin}+)\\s+\\1(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOUBLED_SPACE_PATTERN = Pattern.compile("\\S*[ \\t\\u3000]{2,}\\S*");

    /** Check every text of a channel's copy (each field and list entry on its own). */
    public List<CopyIssue> check(Copy copy, String language) {
        List<CopyIssue> out = new ArrayList<>();
        for (String text : copy.texts()) {
            out.addAll(check(text, language));
        }
        return out;
    }

    /** Check one text written in {@code language} (en or zh). */
    public List<CopyIssue> check(String text, String language) {
        List<CopyIssue> out = new ArrayList<>(slots(text));
        String prose = URL.matcher(SLOT.matcher(text).replaceAll(OPAQUE)).replaceAll(OPAQUE);
        out.addAll(found(CATEGORY_PATH, PATH, prose, "is a category path; name the category as a person would"));
        out.addAll(found(DOUBLED_WORD, DOUBLED_WORD_PATTERN, prose, "repeats a word"));
        for (String line : prose.split("\n")) {
            out.addAll(found(DOUBLED_SPACE, DOUBLED_SPACE_PATTERN, line.strip(), "has more than one space in a row"));
        }
        if (language.equals("zh")) {
            out.addAll(LatinInChinese.check(prose));
        } else {
            out.addAll(Capitals.lowerCaseStarts(prose));
            out.addAll(NumberAgreement.check(prose));
            out.addAll(Capitals.allCaps(prose));
        }
        return out;
    }

    private static List<CopyIssue> slots(String text) {
        List<CopyIssue> out = new ArrayList<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            if (!MERGE_FIELDS.contains(m.group())) {
                out.add(new CopyIssue(
                        TEMPLATE_SLOT, m.group(), "is a template slot or missing value left in the text"));
            }
        }
        return out;
    }

    private static List<CopyIssue> found(String rule, Pattern pattern, String text, String problem) {
        List<CopyIssue> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new CopyIssue(rule, m.group(), problem));
        }
        return out;
    }
}
