package io.marketpilot.app.insight;

import io.marketpilot.text.emotion.EmotionService;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.sentiment.learned.EmbeddingSentimentService;
import io.marketpilot.text.sentiment.vader.VaderSentimentService;

/**
 * The listening models, loaded on first use: VADER is instant, the two ONNX embedding models take a few seconds
 * and some 200 MB, which commands that never read text should not pay. One instance per process, shared.
 */
public final class ListeningModels {
    private final VaderSentimentService vader = VaderSentimentService.withBundledLexicon();
    private volatile EmbeddingSentimentService embedding;
    private volatile EmotionService emotion;
    private final java.util.function.Supplier<io.marketpilot.text.embedding.BilingualEmbedder> models;

    /** Loads its own copy of the embedding models on first use (one-shot CLI commands). */
    public ListeningModels() {
        this(Memo.of(io.marketpilot.text.embedding.BilingualEmbedder::bgeSmall));
    }

    /** Uses the application's shared embedding models. */
    public ListeningModels(java.util.function.Supplier<io.marketpilot.text.embedding.BilingualEmbedder> models) {
        this.models = models;
    }

    public VaderSentimentService vader() {
        return vader;
    }

    public EmbeddingSentimentService embedding() {
        EmbeddingSentimentService e = embedding;
        if (e == null) {
            synchronized (this) {
                if (embedding == null) {
                    embedding = EmbeddingSentimentService.bundled(models.get());
                }
                e = embedding;
            }
        }
        return e;
    }

    /** The emotion head on the same English embedder as the sentiment model (one copy of the model in memory). */
    public EmotionService emotion() {
        EmotionService e = emotion;
        if (e == null) {
            synchronized (this) {
                if (emotion == null) {
                    emotion = EmotionService.bundled(
                            embedding().scorerFor(Language.ENGLISH).embedder());
                }
                e = emotion;
            }
        }
        return e;
    }
}
