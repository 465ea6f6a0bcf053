package io.marketpilot.assistant.chat;

import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import io.marketpilot.text.sentiment.SentimentOutcome;
import io.marketpilot.text.sentiment.learned.EmbeddingSentimentService;
import io.marketpilot.text.sentiment.learned.LogisticHeadFile;
import io.marketpilot.text.sentiment.learned.TrainSentiment;
import io.marketpilot.text.sentiment.vader.VaderSentimentService;

/**
 * Turn sentiment from the listening models: exact VADER for English (its compound suits short chat lines, and
 * intensifiers like "VERY angry!!!" move it), the learned bge-small-zh head for Chinese, which VADER declines.
 */
public final class BilingualSentimentReader implements SentimentReader {
    private final LanguageDetector detector;
    private final VaderSentimentService vader;
    private final EmbeddingSentimentService learned;

    public BilingualSentimentReader(
            LanguageDetector detector, VaderSentimentService vader, EmbeddingSentimentService learned) {
        this.detector = detector;
        this.vader = vader;
        this.learned = learned;
    }

    /** VADER plus the shipped learned heads over the given (shared) embedders, so no model is loaded twice. */
    public static BilingualSentimentReader bundled(
            LanguageDetector detector, TextEmbedder english, TextEmbedder chinese) {
        String dir = EmbeddingSentimentService.RESOURCE_DIR;
        return new BilingualSentimentReader(
                detector,
                VaderSentimentService.withBundledLexicon(),
                new EmbeddingSentimentService(
                        detector,
                        new EmbeddingSentimentService.Scorer(
                                english, LogisticHeadFile.readResource(dir + TrainSentiment.HEAD_FILE_EN)),
                        new EmbeddingSentimentService.Scorer(
                                chinese, LogisticHeadFile.readResource(dir + TrainSentiment.HEAD_FILE_ZH))));
    }

    @Override
    public Reading read(String text) {
        if (detector.detect(text).language() != Language.CHINESE
                && vader.analyze(text) instanceof SentimentOutcome.Scored scored) {
            return new Reading(scored.score().compound(), scored.score().model(), true);
        }
        return switch (learned.analyze(text)) {
            case SentimentOutcome.Scored scored ->
                new Reading(scored.score().score(), scored.score().model(), false);
            case SentimentOutcome.UnsupportedLanguage u -> new Reading(0, u.model(), false);
        };
    }
}
