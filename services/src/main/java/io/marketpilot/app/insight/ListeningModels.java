package io.marketpilot.app.insight;

import io.marketpilot.text.emotion.EmotionService;
import io.marketpilot.text.sentiment.learned.EmbeddingSentimentService;
import io.marketpilot.text.sentiment.vader.VaderSentimentService;

/**
 * The listening models, loaded on first use: VADER is instant, the two ONNX embedding models take a few seconds
 * and some 200 MB, which commands that never read text should not pay. One instance per process, shared.
 */
public final class ListeningModels {
    private final VaderSentimentService vader = VaderSentimentService.withBundledLexicon();
    private final Memo<EmbeddingSentimentService> embedding;
    private final Memo<EmotionService> emotion;

    /** Loads its own copy of the embedding models on first use (one-shot CLI commands). */
    public ListeningModels() {
        this(Memo.of(io.marketpilot.text.embedding.BilingualEmbedder::bgeSmall));
    }

    /** Uses the application's shared embedding models. */
    public ListeningModels(java.util.function.Supplier<io.marketpilot.text.embedding.BilingualEmbedder> models) {
        this.embedding = Memo.of(() -> EmbeddingSentimentService.bundled(models.get()));
        this.emotion = Memo.of(() -> EmotionService.bundled(models.get()));
    }

    public VaderSentimentService vader() {
        return vader;
    }

    public EmbeddingSentimentService embedding() {
        return embedding.get();
    }

    /** The emotion models on the same embedders as the sentiment models (one copy of each model in memory). */
    public EmotionService emotion() {
        return emotion.get();
    }
}
