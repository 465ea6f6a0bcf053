package io.marketpilot.app.web.dashboard;

import io.marketpilot.core.content.BrandVoice;
import java.util.List;

/**
 * The view model of the "Content studio" page.
 *
 * @param frame layout
 * @param canWrite true for marketers and admins, who may generate and review
 * @param form the generation form's current values
 * @param segments the latest run's segments (number, persona name)
 * @param products the catalogue (id, name)
 * @param variants the shown batch's variants, side by side
 * @param recent the latest texts of any batch
 * @param voice the brand voice
 * @param message an error or notice to show, or empty
 */
public record ContentStudio(
        Frame frame,
        boolean canWrite,
        Form form,
        List<Option> segments,
        List<Option> products,
        List<Card> variants,
        List<Card> recent,
        BrandVoice voice,
        String message) {

    /** A choice of a select box. */
    public record Option(String value, String label) {}

    /** The generation form. */
    public record Form(
            String channel,
            String segment,
            String customer,
            String product,
            String language,
            String tone,
            String goal,
            String network,
            int variants) {}

    /** One field of a variant; list fields are shown one entry per line. */
    public record Field(String name, String value, boolean list) {}

    /** One score with its label. */
    public record Score(String name, String value) {}

    /** One guardrail finding. */
    public record Flag(String severity, String rule, String message) {}

    /** One variant. */
    public record Card(
            long id,
            String batchId,
            String channel,
            String language,
            String audience,
            String angle,
            String provider,
            String model,
            String note,
            String status,
            String reviewer,
            String comment,
            List<Field> fields,
            List<Score> scores,
            List<Flag> flags) {
        public boolean blocked() {
            return flags.stream().anyMatch(f -> f.severity().equals("error"));
        }
    }
}
