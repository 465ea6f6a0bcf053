package io.marketpilot.content.guard;

import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.channel.CopyRules;
import io.marketpilot.content.channel.SmsEncoding;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.text.language.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a variant before a reviewer sees it: platform limits, the brand's banned phrases and avoided words,
 * health claims, stereotyped or exclusionary wording ({@link ExclusionaryWording}), how the copy reads
 * ({@link CopyChecker}), the output language, spam-trigger words in e-mails and the sentiment of the copy.
 */
public final class Guardrails {
    /** Sentiment below this reads as negative copy, which marketing rarely means to send. */
    public static final double NEGATIVE_SENTIMENT = -0.05;

    /**
     * Health and medical claims that retail copy must not make (en and zh). Patterns, not a lexicon: they catch
     * the claim's shape ("cures X", "clinically proven", "治愈") rather than single words.
     */
    private static final List<Pattern> HEALTH_CLAIMS = List.of(
            Pattern.compile("\\b(cures?|cured|curing|heals?|treats?|prevents?)\\s+\\w+", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bclinically\\s+(proven|tested)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(boosts?|strengthens?)\\s+(your\\s+)?immun", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(lose|burn)\\s+(weight|fat)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bdetox", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(治愈|治疗|根治|药到病除|防癌|抗癌|增强免疫|减肥|排毒|临床证明)"));

    private final CopyChecker copyChecker = new CopyChecker();
    private final LanguageDetector languages;
    private final Function<String, Optional<Double>> sentiment;

    /**
     * @param languages the output language check
     * @param sentiment the copy's sentiment in [-1, 1], empty when no model covers the text's language
     */
    public Guardrails(LanguageDetector languages, Function<String, Optional<Double>> sentiment) {
        this.languages = languages;
        this.sentiment = sentiment;
    }

    public List<Finding> check(Copy copy, SocialNetwork network, String language, BrandVoice voice) {
        List<Finding> out = new ArrayList<>();
        for (String v : CopyRules.violations(copy, network)) {
            out.add(Finding.error("length", v));
        }
        String text = copy.joined();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String banned : voice.bannedPhrases()) {
            if (contains(lower, banned)) {
                out.add(Finding.error("banned-phrase", "uses \"" + banned + "\", which the brand bans"));
            }
        }
        for (Pattern p : HEALTH_CLAIMS) {
            var m = p.matcher(text);
            if (m.find()) {
                out.add(Finding.error("health-claim", "makes a health claim: \"" + m.group() + "\""));
            }
        }
        out.addAll(ExclusionaryWording.standard().find(text));
        for (String avoided : voice.avoidedWords()) {
            if (contains(lower, avoided)) {
                out.add(Finding.warning("avoided-word", "uses \"" + avoided + "\", which the brand avoids"));
            }
        }
        for (CopyIssue issue : copyChecker.check(copy, language)) {
            out.add(issue.finding());
        }
        String detected = languages.detect(withoutMergeTags(text)).code();
        if (!detected.equals(language)) {
            out.add(Finding.error("language", "reads as '" + detected + "', but '" + language + "' was asked for"));
        }
        if (copy.channel() == Channel.EMAIL) {
            for (String word : SpamTriggers.found(copy.text("subject") + "\n" + copy.text("body"), language)) {
                out.add(Finding.warning("spam-trigger", "\"" + word + "\" often sends e-mail to the spam folder"));
            }
        }
        if (copy.channel() == Channel.SMS && !SmsEncoding.of(copy.text("text")).gsm7() && language.equals("en")) {
            out.add(Finding.warning("sms-encoding", "needs Unicode (UCS-2), so one SMS holds 70 characters, not 160"));
        }
        sentiment.apply(text).ifPresent(s -> {
            if (s < NEGATIVE_SENTIMENT) {
                out.add(Finding.warning("sentiment", String.format(Locale.ROOT, "reads negative (sentiment %.2f)", s)));
            }
        });
        return out;
    }

    /** Whole-word match for Latin words (so "cure" does not flag "secure"), substring match for Chinese. */
    static boolean contains(String lowerText, String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        if (p.isEmpty()) {
            return false;
        }
        if (p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return lowerText.contains(p);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])")
                .matcher(lowerText)
                .find();
    }

    private static String withoutMergeTags(String text) {
        return text.replaceAll("\\{\\{[a-z_]+}}", " ");
    }
}
