package io.marketpilot.text.emotion;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import io.marketpilot.text.sentiment.learned.LogisticHead;
import io.marketpilot.text.sentiment.learned.LogisticHeadFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Emotion from a softmax head on bge-small-en-v1.5 embeddings. The only labelled emotion data at hand is
 * English, so Chinese text is declined per text rather than pushed through a head trained in another embedding
 * space (which would return confident nonsense).
 */
public final class EmotionService {
    public static final String RESOURCE = "io/marketpilot/text/emotion/" + TrainEmotion.HEAD_FILE;

    private final LanguageDetector detector;
    private final TextEmbedder embedder;
    private final LogisticHead head;

    public EmotionService(LanguageDetector detector, TextEmbedder embedder, LogisticHead head) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.head = Objects.requireNonNull(head, "head");
        if (embedder.dimension() != head.dimension()) {
            throw MarketPilotException.invalid("the emotion head expects " + head.dimension() + " dimensions, "
                    + embedder.model() + " gives " + embedder.dimension());
        }
    }

    /** The shipped head on an English embedder the caller already holds (the model loads once per process). */
    public static EmotionService bundled(TextEmbedder english) {
        return new EmotionService(new LanguageDetector(), english, LogisticHeadFile.readResource(RESOURCE));
    }

    static String modelName(TextEmbedder embedder) {
        return embedder.model() + "+emotion-logreg/1";
    }

    public String model() {
        return modelName(embedder);
    }

    public List<String> labels() {
        return head.labels();
    }

    public EmotionOutcome analyze(String text) {
        return analyzeAll(List.of(text)).get(0);
    }

    /** Classifies many texts, batching the English ones through the embedder; results follow the input order. */
    public List<EmotionOutcome> analyzeAll(List<String> texts) {
        EmotionOutcome[] out = new EmotionOutcome[texts.size()];
        List<Integer> batch = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                out[i] = new EmotionOutcome.NotClassified("empty text", "und");
                continue;
            }
            Language language = detector.detect(text).language();
            if (language == Language.CHINESE) {
                out[i] = new EmotionOutcome.NotClassified(
                        "model " + model() + " is trained on English text only; no Chinese emotion model", "zh");
                continue;
            }
            batch.add(i);
        }
        if (!batch.isEmpty()) {
            List<float[]> vectors =
                    embedder.embedAll(batch.stream().map(texts::get).toList());
            for (int j = 0; j < batch.size(); j++) {
                out[batch.get(j)] = new EmotionOutcome.Classified(score(vectors.get(j)));
            }
        }
        return List.of(out);
    }

    /** Classifies a vector the caller embedded with this service's English embedder. */
    public EmotionScore scoreVector(float[] vector) {
        return score(vector);
    }

    private EmotionScore score(float[] vector) {
        double[] p = head.probabilities(vector);
        Map<String, Double> scores = new LinkedHashMap<>();
        int best = 0;
        for (int c = 0; c < p.length; c++) {
            scores.put(head.labels().get(c), p[c]);
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new EmotionScore(head.labels().get(best), p[best], scores, model());
    }
}
