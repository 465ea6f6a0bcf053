package io.marketpilot.text.classify;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A trained text classifier for one language: hashed word and character n-grams (TF-IDF) and optionally the
 * sentence embedding, a softmax layer, and a temperature that calibrates its probabilities. Texts of the other
 * language are declined per text rather than scored by features that never saw their script.
 */
public final class TextClassifier {
    private final String name;
    private final Language language;
    private final List<String> labels;
    private final NgramHasher hasher;
    private final int hashBits;
    private final FeatureSpace space;
    private final float[][] weights;
    private final double[] bias;
    private final double temperature;
    private final @Nullable TextEmbedder embedder;
    private final Map<String, String> facts;
    private final LanguageDetector detector = new LanguageDetector();

    /** The parts of a trained model; weights are one row of {@code space.dimension()} floats per label. */
    record Parts(
            String name,
            Language language,
            List<String> labels,
            int hashBits,
            FeatureSpace space,
            float[][] weights,
            double[] bias,
            double temperature,
            Map<String, String> facts) {}

    TextClassifier(Parts parts, @Nullable TextEmbedder embedder) {
        this.name = parts.name();
        this.language = parts.language();
        this.labels = List.copyOf(parts.labels());
        this.hashBits = parts.hashBits();
        this.hasher = new NgramHasher(language, hashBits);
        this.space = parts.space();
        this.weights = parts.weights();
        this.bias = parts.bias();
        this.temperature = parts.temperature();
        this.embedder = embedder;
        this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(parts.facts()));
        if (weights.length != labels.size() || bias.length != labels.size()) {
            throw MarketPilotException.invalid("a classifier needs one weight row and one bias per label");
        }
        if ((embedder == null) != (space.embeddingDimension() == 0)
                || (embedder != null && embedder.dimension() != space.embeddingDimension())) {
            throw MarketPilotException.invalid("the classifier " + name + " expects embeddings of dimension "
                    + space.embeddingDimension() + ", got " + (embedder == null ? "none" : embedder.dimension()));
        }
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw MarketPilotException.invalid("temperature must be a positive number, got " + temperature);
        }
    }

    public String name() {
        return name;
    }

    /** The BCP 47 code of the language the classifier reads: {@code en} or {@code zh}. */
    public String language() {
        return language.code();
    }

    public List<String> labels() {
        return labels;
    }

    /** What produced a prediction, e.g. {@code bge-small-en-v1.5+ngrams+softmax/reviews}. */
    public String model() {
        return (embedder == null ? "" : embedder.model() + "+") + "ngrams+softmax/" + name;
    }

    /** The embedding model whose vectors the classifier reads, if it reads any (n-grams-only models do not). */
    public java.util.Optional<String> embeddingModel() {
        return embedder == null ? java.util.Optional.empty() : java.util.Optional.of(embedder.model());
    }

    /** Facts about the training run (data, settings, figures), stored with the model. */
    public Map<String, String> facts() {
        return facts;
    }

    /** The temperature the logits are divided by (fitted on out-of-fold predictions). */
    public double temperature() {
        return temperature;
    }

    public ClassifierOutcome classify(String text) {
        return classifyAll(List.of(text)).get(0);
    }

    /** Classifies many texts, embedding the accepted ones in one batch; results follow the input order. */
    public List<ClassifierOutcome> classifyAll(List<String> texts) {
        ClassifierOutcome[] out = new ClassifierOutcome[texts.size()];
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                out[i] = new ClassifierOutcome.NotClassified("empty text", Language.UNDETERMINED.code());
                continue;
            }
            Language detected = detector.detect(text).language();
            if (!reads(detected)) {
                out[i] = new ClassifierOutcome.NotClassified(wrongLanguage(detected), detected.code());
                continue;
            }
            accepted.add(i);
        }
        List<String> batch = accepted.stream().map(texts::get).toList();
        List<float @Nullable []> vectors = embed(batch);
        for (int j = 0; j < accepted.size(); j++) {
            out[accepted.get(j)] = new ClassifierOutcome.Classified(predict(batch.get(j), vectors.get(j)));
        }
        return List.of(out);
    }

    /**
     * Classifies a text whose embedding the caller already holds (from this classifier's embedder), so the text
     * is not embedded a second time. Gives the same prediction as {@link #classify} for that text.
     */
    public Prediction classifyWithVector(String text, float[] storedVector) {
        Language detected = detector.detect(text).language();
        if (!reads(detected)) {
            throw MarketPilotException.invalid(wrongLanguage(detected));
        }
        if (embedder != null && storedVector.length != embedder.dimension()) {
            throw MarketPilotException.invalid("the stored vector has " + storedVector.length + " dimensions, "
                    + embedder.model() + " gives " + embedder.dimension());
        }
        return predict(text, embedder == null ? null : storedVector);
    }

    /** Whether this classifier reads text detected as {@code detected}: Chinese only, or anything but Chinese. */
    public boolean reads(Language detected) {
        return language == Language.CHINESE ? detected == Language.CHINESE : detected != Language.CHINESE;
    }

    private String wrongLanguage(Language detected) {
        String trained = language == Language.CHINESE ? "Chinese" : "English";
        return "model " + model() + " is trained on " + trained + " text only; this text is "
                + (detected == Language.CHINESE ? "Chinese" : detected.code());
    }

    private List<float @Nullable []> embed(List<String> texts) {
        List<float @Nullable []> out = new ArrayList<>(texts.size());
        if (embedder == null || texts.isEmpty()) {
            texts.forEach(t -> out.add(null));
            return out;
        }
        out.addAll(embedder.embedAll(texts));
        return out;
    }

    private Prediction predict(String text, float @Nullable [] vector) {
        FeatureSpace.Row row = space.row(hasher.counts(text), vector);
        double[] p = probabilities(logits(row.indices(), row.values()), temperature);
        Map<String, Double> byLabel = new LinkedHashMap<>();
        int best = 0;
        for (int c = 0; c < p.length; c++) {
            byLabel.put(labels.get(c), p[c]);
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Prediction(labels.get(best), p[best], byLabel, model());
    }

    private double[] logits(int[] indices, double[] values) {
        double[] z = new double[labels.size()];
        for (int c = 0; c < z.length; c++) {
            double sum = bias[c];
            float[] w = weights[c];
            for (int k = 0; k < indices.length; k++) {
                sum += w[indices[k]] * values[k];
            }
            z[c] = sum;
        }
        return z;
    }

    /** Softmax of {@code logits / temperature}. */
    static double[] probabilities(double[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z / temperature);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(logits[c] / temperature - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    Parts parts() {
        return new Parts(name, language, labels, hashBits, space, weights, bias, temperature, facts);
    }

    /** The model as compact bytes: the n-gram buckets seen in training, their IDF and weights, gzipped. */
    public byte[] toBytes() {
        return ClassifierCodec.encode(parts(), embedder == null ? "" : embedder.model());
    }

    /** Reads a model written by {@link #toBytes()}; its embedder is {@code embedders}' model for its language. */
    public static TextClassifier fromBytes(byte[] bytes, BilingualEmbedder embedders) {
        ClassifierCodec.Decoded decoded = ClassifierCodec.decode(bytes);
        Parts parts = decoded.parts();
        TextEmbedder embedder = null;
        if (!decoded.embeddingModel().isEmpty()) {
            embedder = embedders.forLanguage(parts.language());
            if (!embedder.model().equals(decoded.embeddingModel())) {
                throw MarketPilotException.invalid("the classifier " + parts.name() + " was trained on "
                        + decoded.embeddingModel() + " embeddings, but " + embedder.model() + " is loaded");
            }
        }
        return new TextClassifier(parts, embedder);
    }
}
