package io.marketpilot.text.sentiment.vader;

import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import io.marketpilot.text.language.LanguageGuess;
import io.marketpilot.text.sentiment.SentimentOutcome;
import java.util.Objects;

/**
 * Scores text with VADER where VADER applies and says so where it does not: Chinese, or letters of
 * mixed or other scripts, get {@link SentimentOutcome.UnsupportedLanguage} instead of a misleading
 * neutral score.
 */
public final class VaderSentimentService {
    private final LanguageDetector detector;
    private final VaderAnalyzer vader;

    public VaderSentimentService(LanguageDetector detector, VaderAnalyzer vader) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.vader = Objects.requireNonNull(vader, "vader");
    }

    /** The service over the bundled VADER lexicons. */
    public static VaderSentimentService withBundledLexicon() {
        return new VaderSentimentService(new LanguageDetector(), VaderAnalyzer.withBundledLexicon());
    }

    public SentimentOutcome analyze(String text) {
        LanguageGuess guess = detector.detect(text);
        if (appliesTo(guess)) {
            return new SentimentOutcome.Scored(vader.polarityScores(text).toSentimentScore());
        }
        return new SentimentOutcome.UnsupportedLanguage(guess.code(), VaderScores.MODEL);
    }

    /**
     * English, and text without letters: emoticons and emojis (":)", "😀") are in VADER's lexicons
     * whatever the language, and an empty text is honestly neutral.
     */
    private static boolean appliesTo(LanguageGuess guess) {
        return guess.language() == Language.ENGLISH || guess.letterCount() == 0;
    }
}
