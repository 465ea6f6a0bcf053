package io.marketpilot.text.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15.BgeSmallEnV15EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One LangChain4j in-process ONNX model (the weights ship inside its Maven jar) behind {@link TextEmbedder}.
 *
 * <p>Long text. LangChain4j's ONNX encoder does not truncate: it splits the tokens into 510-token windows,
 * embeds every window and returns their length-weighted average. A megabyte of text would cost thousands of
 * model calls, so text is cut to {@value #MAX_CHARS} characters first, which bounds the cost at a few
 * windows (an English word-piece covers ~4 characters, a Chinese one ~1) and keeps the opening of the text,
 * where reviews usually state their verdict.
 */
public final class OnnxTextEmbedder implements TextEmbedder {
    /** Characters kept from a text before embedding. */
    public static final int MAX_CHARS = 2_000;
    /** bge-small-en-v1.5 returns 384-dimensional vectors. */
    static final int BGE_SMALL_EN_DIMENSION = 384;
    /** bge-small-zh-v1.5 returns 512-dimensional vectors. */
    static final int BGE_SMALL_ZH_DIMENSION = 512;

    private final EmbeddingModel model;
    private final String name;
    private final int dimension;

    public OnnxTextEmbedder(EmbeddingModel model, String name, int dimension) {
        this.model = Objects.requireNonNull(model, "model");
        this.name = Objects.requireNonNull(name, "name");
        this.dimension = dimension;
    }

    /** BAAI bge-small-en-v1.5, full precision. Loading takes a second or two: build once and share. */
    public static OnnxTextEmbedder bgeSmallEnglish() {
        return new OnnxTextEmbedder(new BgeSmallEnV15EmbeddingModel(), "bge-small-en-v1.5", BGE_SMALL_EN_DIMENSION);
    }

    /**
     * BAAI bge-small-zh-v1.5, int8-quantised: the LangChain4j 1.8.0 BOM manages the full-precision artifact at
     * a version that was never published, while the quantised one is.
     */
    public static OnnxTextEmbedder bgeSmallChinese() {
        return new OnnxTextEmbedder(
                new BgeSmallZhV15QuantizedEmbeddingModel(), "bge-small-zh-v1.5-q", BGE_SMALL_ZH_DIMENSION);
    }

    @Override
    public float[] embed(String text) {
        return checked(model.embed(prepare(text)).content());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(text -> segments.add(TextSegment.from(prepare(text))));
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (Embedding embedding : model.embedAll(segments).content()) {
            vectors.add(checked(embedding));
        }
        return vectors;
    }

    @Override
    public String model() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Cuts long text at a code-point boundary; LangChain4j rejects blank segments, so blank text becomes ".". */
    static String prepare(String text) {
        if (text == null) {
            throw MarketPilotException.invalid("text to embed is missing");
        }
        String cut = text;
        if (text.length() > MAX_CHARS) {
            int end = MAX_CHARS;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            cut = text.substring(0, end);
        }
        return cut.isBlank() ? "." : cut;
    }

    private float[] checked(Embedding embedding) {
        float[] vector = embedding.vector();
        if (vector.length != dimension) {
            throw new IllegalStateException(name + " returned " + vector.length + " dimensions, expected " + dimension);
        }
        return vector;
    }
}
