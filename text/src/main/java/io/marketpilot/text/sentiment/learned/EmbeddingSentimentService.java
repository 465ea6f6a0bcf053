package io.marketpilot.text.sentiment.learned;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.embedding.OnnxTextEmbedder;
import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import io.marketpilot.text.sentiment.SentimentLabel;
import io.marketpilot.text.sentiment.SentimentOutcome;
import io.marketpilot.text.sentiment.SentimentScore;
import java.util.Objects;

/**
 * Sentiment from a logistic-regression head on bge-small sentence embeddings, one head per language: Chinese
 * text ({@code zh}) goes to the Chinese model, everything else ({@code en}, and {@code und} such as emoji or
 * mixed text) to the English one. The heads are two-class, so {@code neu} is always 0 and the label is never
 * neutral except for empty text, which carries no opinion to classify.
 */
public final class EmbeddingSentimentService {
    /** Where the shipped heads live on the classpath. */
    public static final String RESOURCE_DIR = "io/marketpilot/text/sentiment/learned/";

    private final LanguageDetector detector;
    private final Scorer english;
    private final Scorer chinese;

    /** One language's embedder, the head trained on its vectors, and the model name reported with scores. */
    public record Scorer(TextEmbedder embedder, LogisticHead head) {
        public Scorer {
            Objects.requireNonNull(embedder, "embedder");
            Objects.requireNonNull(head, "head");
            if (embedder.dimension() != head.dimension()) {
                throw MarketPilotException.invalid("the head expects " + head.dimension() + " dimensions, "
                        + embedder.model() + " gives " + embedder.dimension());
            }
            head.indexOf(LabelledText.POSITIVE);
            head.indexOf(LabelledText.NEGATIVE);
        }

        public String model() {
            return embedder.model() + "+logreg/1";
        }
    }

    public EmbeddingSentimentService(LanguageDetector detector, Scorer english, Scorer chinese) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.english = Objects.requireNonNull(english, "english");
        this.chinese = Objects.requireNonNull(chinese, "chinese");
    }

    /** Loads both ONNX models and the shipped heads (a few seconds): build once and share. */
    public static EmbeddingSentimentService bundled() {
        return new EmbeddingSentimentService(
                new LanguageDetector(),
                new Scorer(
                        OnnxTextEmbedder.bgeSmallEnglish(),
                        LogisticHeadFile.readResource(RESOURCE_DIR + TrainSentiment.HEAD_FILE_EN)),
                new Scorer(
                        OnnxTextEmbedder.bgeSmallChinese(),
                        LogisticHeadFile.readResource(RESOURCE_DIR + TrainSentiment.HEAD_FILE_ZH)));
    }

    /** The shipped heads over already loaded embedding models (shared with the other features that embed text). */
    public static EmbeddingSentimentService bundled(io.marketpilot.text.embedding.BilingualEmbedder models) {
        return new EmbeddingSentimentService(
                new LanguageDetector(),
                new Scorer(
                        models.forLanguage(Language.ENGLISH),
                        LogisticHeadFile.readResource(RESOURCE_DIR + TrainSentiment.HEAD_FILE_EN)),
                new Scorer(
                        models.forLanguage(Language.CHINESE),
                        LogisticHeadFile.readResource(RESOURCE_DIR + TrainSentiment.HEAD_FILE_ZH)));
    }

    /** The scorer (embedder and head) for a language: Chinese, or English for everything else. */
    public Scorer scorerFor(Language language) {
        return language == Language.CHINESE ? chinese : english;
    }

    /** The model name reported for texts of {@code language}. */
    public String model(Language language) {
        return scorerFor(language).model();
    }

    /**
     * Scores a vector already embedded by {@code scorerFor(language).embedder()}, so callers that need the vector
     * for other heads (emotion, topics) embed each text once.
     */
    public SentimentScore scoreVector(Language language, float[] vector) {
        Scorer scorer = scorerFor(language);
        double[] p = scorer.head().probabilities(vector);
        double positive = p[scorer.head().indexOf(LabelledText.POSITIVE)];
        double negative = p[scorer.head().indexOf(LabelledText.NEGATIVE)];
        double score = positive * 2 - 1;
        // Ties go positive, matching "non-negative compound counts as positive" in the VADER comparison.
        SentimentLabel label = positive >= negative ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
        return new SentimentScore(label, score, negative, 0, positive, score, scorer.model());
    }

    /** The detected language of {@code text} as the router sees it. */
    public Language languageOf(String text) {
        return detector.detect(text).language() == Language.CHINESE ? Language.CHINESE : Language.ENGLISH;
    }

    /**
     * Scores {@code text}: score = 2·P(positive) − 1. Text longer than {@link OnnxTextEmbedder#MAX_CHARS} is
     * judged on its opening only.
     */
    public SentimentOutcome analyze(String text) {
        if (text == null) {
            throw MarketPilotException.invalid("text to analyse is missing");
        }
        Language language = languageOf(text);
        Scorer scorer = language == Language.CHINESE ? chinese : english;
        if (text.isBlank()) {
            return new SentimentOutcome.Scored(
                    new SentimentScore(SentimentLabel.NEUTRAL, 0, 0, 0, 0, 0, scorer.model()));
        }
        return new SentimentOutcome.Scored(
                scoreVector(language, scorer.embedder().embed(text)));
    }
}
