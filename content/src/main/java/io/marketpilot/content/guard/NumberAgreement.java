package io.marketpilot.content.guard;

import io.marketpilot.content.words.EnglishNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subject–verb and determiner–noun number disagreement in English, for the patterns that filled templates produce:
 * a plural noun after "our/your/the" taking "is/has" ("our best-sellers has"), a plural noun after a singular
 * determiner ("this products", "a chairs"), and a singular noun after "this/each/a" taking "are/have".
 */
final class NumberAgreement {
    private static final String WORD = "[\\p{L}][\\p{L}'’-]*";
    private static final Pattern PLURAL_SUBJECT_SINGULAR_VERB = Pattern.compile(
            "\\b(?:these|those|our|your|their|my|the|all|many|both|some)\\s+(?:" + WORD + "\\s+){0,2}?(" + WORD
                    + ")\\s+(?:is|has|was|does|doesn't|isn't|hasn't|wasn't)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINGULAR_DETERMINER_NOUN = Pattern.compile(
            "\\b(?:this|each|every|another|a|an)\\s+(" + WORD + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SINGULAR_SUBJECT_PLURAL_VERB = Pattern.compile(
            "\\b(?:this|each|every|another|a|an)\\s+(" + WORD
                    + ")\\s+(?:are|have|were|don't|aren't|haven't|weren't)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Third-person verbs that follow "this" or "each" as pronouns ("this makes", "each comes"): they end in "s" like
     * plural nouns but are not nouns here.
     */
    private static final Set<String> VERBS_AFTER_PRONOUN = Set.of(
            "adds",
            "arrives",
            "belongs",
            "brings",
            "charges",
            "comes",
            "costs",
            "does",
            "feels",
            "fits",
            "gets",
            "gives",
            "goes",
            "helps",
            "holds",
            "includes",
            "keeps",
            "lasts",
            "lets",
            "looks",
            "makes",
            "matters",
            "means",
            "needs",
            "pairs",
            "runs",
            "saves",
            "says",
            "seems",
            "sells",
            "ships",
            "shows",
            "sits",
            "stays",
            "suits",
            "takes",
            "turns",
            "uses",
            "works");

    /** Singular quantity nouns that rightly take a plural verb: "a few are", "a lot have". */
    private static final Set<String> COLLECTIVE = Set.of("few", "lot", "couple", "number", "bunch", "handful", "dozen");

    private NumberAgreement() {}

    static List<CopyIssue> check(String text) {
        List<CopyIssue> out = new ArrayList<>();
        Matcher m = PLURAL_SUBJECT_SINGULAR_VERB.matcher(text);
        while (m.find()) {
            if (EnglishNumber.plural(m.group(1))) {
                out.add(issue(m.group(), "puts a plural subject with a singular verb"));
            }
        }
        m = SINGULAR_DETERMINER_NOUN.matcher(text);
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            if (EnglishNumber.plural(noun) && !VERBS_AFTER_PRONOUN.contains(noun)) {
                out.add(issue(m.group(), "puts a plural noun after a singular determiner"));
            }
        }
        m = SINGULAR_SUBJECT_PLURAL_VERB.matcher(text);
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            if (!EnglishNumber.plural(noun) && !COLLECTIVE.contains(noun)) {
                out.add(issue(m.group(), "puts a singular subject with a plural verb"));
            }
        }
        return out;
    }

    private static CopyIssue issue(String span, String problem) {
        return new CopyIssue(CopyChecker.NUMBER_AGREEMENT, span, problem);
    }
}
