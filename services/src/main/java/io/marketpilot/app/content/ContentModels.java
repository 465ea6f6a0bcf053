package io.marketpilot.app.content;

import io.marketpilot.app.insight.SentimentAnalysis;
import io.marketpilot.content.ContentGenerator;
import io.marketpilot.content.VariantEvaluator;
import io.marketpilot.content.compose.OfflineComposer;
import io.marketpilot.content.guard.SecondReader;
import io.marketpilot.content.prompt.PromptBuilder;
import io.marketpilot.content.prompt.PromptTemplates;
import io.marketpilot.content.score.BgeTextVectors;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import io.marketpilot.text.sentiment.SentimentOutcome;
import io.marketpilot.text.sentiment.learned.EmbeddingSentimentService;
import io.marketpilot.text.sentiment.learned.LogisticHeadFile;
import io.marketpilot.text.sentiment.learned.TrainSentiment;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The content generator and evaluator, built on first use: loading the bge-small models takes a few seconds,
 * which commands that never write copy should not pay. English copy's sentiment is VADER's compound score,
 * Chinese copy's the learned head on the same bge-small-zh model the scores use.
 */
final class ContentModels {
    private final LanguageModel model;
    private final Path promptDir;
    private final SentimentAnalysis vader;
    private final java.util.function.Supplier<BilingualEmbedder> embedder;
    private final SecondReader secondReader;
    /** Both models, once the first caller has asked for either. */
    private @Nullable Loaded loaded;

    private record Loaded(ContentGenerator generator, VariantEvaluator evaluator) {}

    ContentModels(
            LanguageModel model,
            Path promptDir,
            SentimentAnalysis vader,
            java.util.function.Supplier<BilingualEmbedder> embedder) {
        this.model = model;
        this.secondReader = new SecondReader(model);
        this.embedder = embedder;
        this.promptDir = promptDir;
        this.vader = vader;
    }

    ContentGenerator generator() {
        return loaded().generator();
    }

    VariantEvaluator evaluator() {
        return loaded().evaluator();
    }

    /** The model as a second reader of wording (no models to load: it is ready at once). */
    SecondReader secondReader() {
        return secondReader;
    }

    PromptTemplates templates() {
        return new PromptTemplates(Optional.of(promptDir));
    }

    private synchronized Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            l = load();
            loaded = l;
        }
        return l;
    }

    private Loaded load() {
        LanguageDetector languages = new LanguageDetector();
        BilingualEmbedder embedder = this.embedder.get();
        BgeTextVectors vectors = new BgeTextVectors(embedder);
        EmbeddingSentimentService.Scorer chinese = new EmbeddingSentimentService.Scorer(
                embedder.forLanguage(Language.CHINESE),
                LogisticHeadFile.readResource(EmbeddingSentimentService.RESOURCE_DIR + TrainSentiment.HEAD_FILE_ZH));
        EmbeddingSentimentService learned = new EmbeddingSentimentService(
                languages,
                new EmbeddingSentimentService.Scorer(
                        embedder.forLanguage(Language.ENGLISH),
                        LogisticHeadFile.readResource(
                                EmbeddingSentimentService.RESOURCE_DIR + TrainSentiment.HEAD_FILE_EN)),
                chinese);
        VariantEvaluator evaluator = new VariantEvaluator(languages, vectors, text -> {
            if (languages.detect(text).language() == Language.CHINESE) {
                return learned.analyze(text) instanceof SentimentOutcome.Scored s
                        ? Optional.of(s.score().score())
                        : Optional.empty();
            }
            return vader.vader(text).map(s -> s.compound());
        });
        return new Loaded(
                new ContentGenerator(model, new OfflineComposer(), new PromptBuilder(templates()), evaluator, vectors),
                evaluator);
    }
}
