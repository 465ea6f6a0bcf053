package io.marketpilot.content;

import io.marketpilot.content.brief.ContentBrief;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.compose.OfflineComposer;
import io.marketpilot.content.prompt.Prompt;
import io.marketpilot.content.prompt.PromptBuilder;
import io.marketpilot.content.score.TextVectors;
import io.marketpilot.content.write.FewShotExample;
import io.marketpilot.content.write.LlmCopywriter;
import io.marketpilot.core.content.ContentProvenance;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmUnavailableException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates N variants for a brief, each with a distinct angle: with the language model when one is configured
 * (falling back to the offline composer, and saying why, when it is unavailable or its answer is unusable), with
 * the composer otherwise. Each variant is scored and checked; near-duplicates of a kept variant are dropped.
 */
public final class ContentGenerator {
    /** Cosine similarity of bge-small embeddings at or above which two variants count as the same text. */
    public static final double NEAR_DUPLICATE = 0.95;

    private static final Logger LOG = LoggerFactory.getLogger(ContentGenerator.class);

    private final LanguageModel model;
    private final OfflineComposer composer;
    private final PromptBuilder prompts;
    private final VariantEvaluator evaluator;
    private final TextVectors vectors;

    public ContentGenerator(
            LanguageModel model,
            OfflineComposer composer,
            PromptBuilder prompts,
            VariantEvaluator evaluator,
            TextVectors vectors) {
        this.model = model;
        this.composer = composer;
        this.prompts = prompts;
        this.evaluator = evaluator;
        this.vectors = vectors;
    }

    public Generation generate(ContentBrief brief, List<FewShotExample> examples, String actor) {
        List<String> angles = AnglePlan.order(brief);
        List<Variant> kept = new ArrayList<>();
        List<float[]> keptVectors = new ArrayList<>();
        int dropped = 0;
        boolean modelDown = model.offline();
        String downReason = "";
        // twice the asked-for attempts leaves room for dropped near-duplicates without looping forever
        for (int attempt = 0; attempt < brief.variants() * 2 && kept.size() < brief.variants(); attempt++) {
            String angle = angles.get(attempt % angles.size());
            Prompt prompt = prompts.build(brief, angle);
            // the model's copy when it wrote usable copy; otherwise the composer's, with why in its provenance
            Copy copy = null;
            ContentProvenance provenance = offline(downReason);
            if (!modelDown) {
                try {
                    LlmCopywriter.Written w = new LlmCopywriter(model).write(brief, prompt, examples, actor);
                    if (w.written().isPresent()) {
                        copy = w.written().get();
                        provenance = new ContentProvenance(
                                w.reply().provider(),
                                w.reply().model(),
                                w.repaired() ? "repaired after: " + String.join("; ", w.problems()) : "");
                    } else {
                        provenance = offline(
                                "the model's answer was unusable after one repair: " + String.join("; ", w.problems()));
                    }
                } catch (LlmUnavailableException e) {
                    modelDown = true;
                    downReason = model.provider() + " unavailable (" + e.getMessage()
                            + "): fell back to the offline composer";
                    provenance = offline(downReason);
                    LOG.info("content=fallback provider={} reason={}", model.provider(), e.getMessage());
                }
            }
            if (copy == null) {
                copy = composer.compose(brief, angle, attempt);
            }
            VariantEvaluator.Evaluation eval = evaluator.evaluate(copy, brief);
            if (nearDuplicate(eval.vector(), keptVectors)) {
                dropped++;
                continue;
            }
            kept.add(new Variant(angle, copy, provenance, prompt, eval.scores(), eval.findings()));
            keptVectors.add(eval.vector());
        }
        return new Generation(kept, dropped, vectors.model(brief.language()));
    }

    private static ContentProvenance offline(String note) {
        return new ContentProvenance(OfflineComposer.PROVIDER, OfflineComposer.MODEL, note);
    }

    static boolean nearDuplicate(float[] v, List<float[]> kept) {
        return kept.stream().anyMatch(k -> TextVectors.cosine(v, k) >= NEAR_DUPLICATE);
    }
}
