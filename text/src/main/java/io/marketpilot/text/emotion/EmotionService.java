package io.marketpilot.text.emotion;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.classify.ClassifierOutcome;
import io.marketpilot.text.classify.Prediction;
import io.marketpilot.text.classify.TextClassifier;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Emotion of a text from the shipped {@link TextClassifier}s: an English one (GoEmotions, mapped onto
 * {@link EmotionLabels}) and, when bundled, a Chinese one. Each reads only its own language; text of a language
 * with no model is declined per text rather than pushed through features that never saw its script.
 */
public final class EmotionService {
    public static final String ENGLISH_RESOURCE = "io/marketpilot/text/emotion/" + TrainEmotion.ENGLISH_MODEL_FILE;
    public static final String CHINESE_RESOURCE = "io/marketpilot/text/emotion/zh/" + TrainEmotion.CHINESE_MODEL_FILE;
    /** The English model, the one every installation has. */
    public static final String RESOURCE = ENGLISH_RESOURCE;

    private final LanguageDetector detector = new LanguageDetector();
    private final TextClassifier english;
    private final Optional<TextClassifier> chinese;

    public EmotionService(TextClassifier english, Optional<TextClassifier> chinese) {
        this.english = Objects.requireNonNull(english, "english");
        this.chinese = Objects.requireNonNull(chinese, "chinese");
        if (!english.language().equals(Language.ENGLISH.code())
                || chinese.filter(c -> !c.language().equals(Language.CHINESE.code()))
                        .isPresent()) {
            throw MarketPilotException.invalid("the emotion models must be an English and a Chinese classifier");
        }
    }

    /** The shipped models on embedders the caller already holds (each model loads once per process). */
    public static EmotionService bundled(BilingualEmbedder embedders) {
        TextClassifier english = TextClassifier.fromBytes(
                resource(ENGLISH_RESOURCE)
                        .orElseThrow(() ->
                                new IllegalStateException("the English emotion model is missing from the classpath")),
                embedders);
        return new EmotionService(english, resource(CHINESE_RESOURCE).map(b -> TextClassifier.fromBytes(b, embedders)));
    }

    /** The shipped English model only, on an English embedder the caller holds; Chinese text is declined. */
    public static EmotionService bundled(TextEmbedder englishEmbedder) {
        BilingualEmbedder englishOnly = new BilingualEmbedder(new LanguageDetector(), englishEmbedder, englishEmbedder);
        TextClassifier english = TextClassifier.fromBytes(
                resource(ENGLISH_RESOURCE)
                        .orElseThrow(() ->
                                new IllegalStateException("the English emotion model is missing from the classpath")),
                englishOnly);
        return new EmotionService(english, Optional.empty());
    }

    static Optional<byte[]> resource(String name) {
        try (InputStream in = EmotionService.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The English model's name (the one most texts meet). */
    public String model() {
        return english.model();
    }

    /** The models by language code ({@code en}, and {@code zh} when bundled). */
    public Map<String, String> models() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(english.language(), english.model());
        chinese.ifPresent(c -> out.put(c.language(), c.model()));
        return out;
    }

    public List<String> labels() {
        return EmotionLabels.ALL;
    }

    /** Whether text detected as {@code language} gets a model (English always; Chinese when bundled). */
    public boolean reads(Language language) {
        return classifierFor(language).isPresent();
    }

    public EmotionOutcome analyze(String text) {
        return analyzeAll(List.of(text)).get(0);
    }

    /** Classifies many texts, each language batched through its own model; results follow the input order. */
    public List<EmotionOutcome> analyzeAll(List<String> texts) {
        EmotionOutcome[] out = new EmotionOutcome[texts.size()];
        List<Integer> englishAt = new ArrayList<>();
        List<Integer> chineseAt = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                out[i] = new EmotionOutcome.NotClassified("empty text", "und");
            } else if (detector.detect(text).language() != Language.CHINESE) {
                englishAt.add(i);
            } else if (chinese.isPresent()) {
                chineseAt.add(i);
            } else {
                out[i] = new EmotionOutcome.NotClassified(
                        "model " + model() + " is trained on English text only; no Chinese emotion model", "zh");
            }
        }
        classify(english, englishAt, texts, out);
        chinese.ifPresent(c -> classify(c, chineseAt, texts, out));
        return List.of(out);
    }

    private static void classify(
            TextClassifier classifier, List<Integer> at, List<String> texts, EmotionOutcome[] out) {
        if (at.isEmpty()) {
            return;
        }
        List<ClassifierOutcome> outcomes =
                classifier.classifyAll(at.stream().map(texts::get).toList());
        for (int j = 0; j < at.size(); j++) {
            out[at.get(j)] = switch (outcomes.get(j)) {
                case ClassifierOutcome.Classified c -> new EmotionOutcome.Classified(score(c.prediction()));
                case ClassifierOutcome.NotClassified n -> new EmotionOutcome.NotClassified(n.reason(), n.language());
            };
        }
    }

    /**
     * Classifies a text whose vector the caller already embedded with the embedder of the text's language, so it
     * is not embedded twice; an invalid-input error when no model reads that language.
     */
    public EmotionScore scoreVector(String text, float[] vector) {
        Language language = detector.detect(text).language();
        TextClassifier classifier = classifierFor(language)
                .orElseThrow(() -> MarketPilotException.invalid("no emotion model reads " + language.code() + " text"));
        return score(classifier.classifyWithVector(text, vector));
    }

    private Optional<TextClassifier> classifierFor(Language language) {
        return language == Language.CHINESE ? chinese : Optional.of(english);
    }

    private static EmotionScore score(Prediction p) {
        Map<String, Double> scores = new LinkedHashMap<>();
        EmotionLabels.ALL.forEach(label -> scores.put(label, p.probabilities().getOrDefault(label, 0.0)));
        return new EmotionScore(p.label(), p.confidence(), scores, p.model());
    }
}
