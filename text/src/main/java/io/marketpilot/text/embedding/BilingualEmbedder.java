package io.marketpilot.text.embedding;

import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Routes each text to the English or the Chinese embedder by its detected language: {@code zh} to Chinese,
 * {@code en} and {@code und} to English. The two embedding spaces differ, so anything trained on the vectors
 * must be trained per language too ({@link #forText(String)} tells which space a text lands in); they differ in
 * dimension as well (bge-small-en 384, bge-small-zh 512), so this router is not itself a {@link TextEmbedder}.
 */
public final class BilingualEmbedder {
    private final LanguageDetector detector;
    private final TextEmbedder english;
    private final TextEmbedder chinese;

    public BilingualEmbedder(LanguageDetector detector, TextEmbedder english, TextEmbedder chinese) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.english = Objects.requireNonNull(english, "english");
        this.chinese = Objects.requireNonNull(chinese, "chinese");
    }

    /** bge-small-en-v1.5 and bge-small-zh-v1.5 (quantised), loaded from the classpath. */
    public static BilingualEmbedder bgeSmall() {
        return new BilingualEmbedder(
                new LanguageDetector(), OnnxTextEmbedder.bgeSmallEnglish(), OnnxTextEmbedder.bgeSmallChinese());
    }

    /** The embedder whose space {@code text} is embedded in. */
    public TextEmbedder forText(String text) {
        return forLanguage(spaceOf(text));
    }

    /** The language of the space {@code text} is embedded in: Chinese, or English for anything else. */
    public Language spaceOf(String text) {
        return detector.detect(text).language() == Language.CHINESE ? Language.CHINESE : Language.ENGLISH;
    }

    /** The embedder for a language; anything but Chinese goes to the English model. */
    public TextEmbedder forLanguage(Language language) {
        return language == Language.CHINESE ? chinese : english;
    }

    /** The text's vector in its language's space. */
    public float[] embed(String text) {
        return forText(text).embed(text);
    }

    /** Batches each language's texts through its own model and returns the vectors in input order. */
    public List<float[]> embedAll(List<String> texts) {
        List<Integer> chineseAt = new ArrayList<>();
        List<Integer> englishAt = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            (spaceOf(texts.get(i)) == Language.CHINESE ? chineseAt : englishAt).add(i);
        }
        float[][] vectors = new float[texts.size()][];
        fill(vectors, englishAt, english, texts);
        fill(vectors, chineseAt, chinese, texts);
        return List.of(vectors);
    }

    private static void fill(float[][] vectors, List<Integer> at, TextEmbedder embedder, List<String> texts) {
        if (at.isEmpty()) {
            return;
        }
        List<float[]> embedded = embedder.embedAll(at.stream().map(texts::get).toList());
        for (int j = 0; j < at.size(); j++) {
            vectors[at.get(j)] = embedded.get(j);
        }
    }
}
