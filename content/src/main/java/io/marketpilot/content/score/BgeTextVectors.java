package io.marketpilot.content.score;

import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.Language;

/** bge-small-en for English copy, bge-small-zh for Chinese, from the text module's in-process ONNX models. */
public final class BgeTextVectors implements TextVectors {
    private final BilingualEmbedder embedder;

    public BgeTextVectors(BilingualEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public float[] vector(String text, String language) {
        return embedder.forLanguage(language(language)).embed(text);
    }

    @Override
    public String model(String language) {
        return embedder.forLanguage(language(language)).model();
    }

    private static Language language(String code) {
        return code.equals("zh") ? Language.CHINESE : Language.ENGLISH;
    }
}
