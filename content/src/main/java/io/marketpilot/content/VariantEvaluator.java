package io.marketpilot.content;

import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.guard.Finding;
import io.marketpilot.content.guard.Guardrails;
import io.marketpilot.content.score.KeywordCoverage;
import io.marketpilot.content.score.Readability;
import io.marketpilot.content.score.TextVectors;
import io.marketpilot.content.score.VoiceSimilarity;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.text.language.LanguageDetector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Scores a variant and runs the guardrails over it; used on generation and again after a reviewer's edit. */
public final class VariantEvaluator {
    private final Guardrails guardrails;
    private final TextVectors vectors;
    private final LanguageDetector languages;
    private final Function<String, Optional<Double>> sentiment;
    /** The examples' centroid is embedded once per brand voice, not once per variant. */
    private final Map<List<String>, VoiceSimilarity> voices = new java.util.concurrent.ConcurrentHashMap<>();

    public VariantEvaluator(
            LanguageDetector languages, TextVectors vectors, Function<String, Optional<Double>> sentiment) {
        this.languages = languages;
        this.vectors = vectors;
        this.sentiment = sentiment;
        this.guardrails = new Guardrails(languages, sentiment);
    }

    /** The evaluation of one copy. */
    public record Evaluation(Map<String, Object> scores, List<Finding> findings, float[] vector) {}

    public Evaluation evaluate(Copy copy, ContentBrief brief) {
        return evaluate(copy, brief.language(), brief.network(), brief.voice(), keywords(brief));
    }

    public Evaluation evaluate(
            Copy copy,
            String language,
            io.marketpilot.content.channel.SocialNetwork network,
            BrandVoice voice,
            List<String> keywords) {
        String text = copy.joined();
        float[] vector = vectors.vector(text, language);
        Map<String, Object> scores = new LinkedHashMap<>();
        Readability.Score readability = Readability.of(text, language);
        scores.put("readability", round(readability.value()));
        scores.put("readabilityMeasure", readability.measure());
        voices.computeIfAbsent(voice.examples(), examples -> new VoiceSimilarity(vectors, languages, examples))
                .of(vector, language)
                .ifPresent(s -> scores.put("voiceSimilarity", round(s)));
        KeywordCoverage.of(text, keywords).ifPresent(k -> scores.put("keywordCoverage", round(k)));
        sentiment.apply(text).ifPresent(s -> scores.put("sentiment", round(s)));
        scores.put("embeddingModel", vectors.model(language));
        return new Evaluation(scores, guardrails.check(copy, network, language, voice), vector);
    }

    /** The brief's keywords, or the featured product's name when it names none. */
    static List<String> keywords(ContentBrief brief) {
        if (!brief.keywords().isEmpty()) {
            return brief.keywords();
        }
        return brief.product().map(p -> List.of(p.name())).orElse(List.of());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
