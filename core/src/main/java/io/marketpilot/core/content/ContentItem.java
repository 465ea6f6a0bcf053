package io.marketpilot.core.content;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One generated variant as stored.
 *
 * @param id store id (0 before saving)
 * @param batchId the generation request it came from; its variants share it
 * @param createdAt when it was written
 * @param target what it was written for
 * @param angle the messaging angle of this variant
 * @param fields the channel's fields as a JSON object, e.g. {@code {"subject": …, "body": …}}
 * @param prompt the prompt that conditioned it (system and user text), kept for training-data export
 * @param evaluation scores and guardrail findings as a JSON object
 * @param provenance the provider and model that wrote it
 * @param review its review state
 */
public record ContentItem(
        long id,
        String batchId,
        LocalDateTime createdAt,
        ContentTarget target,
        String angle,
        String fields,
        String prompt,
        String evaluation,
        ContentProvenance provenance,
        ContentReview review) {
    public ContentItem {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(review, "review");
        angle = angle == null ? "" : angle;
        prompt = prompt == null ? "" : prompt;
        evaluation = evaluation == null ? "{}" : evaluation;
    }

    public ContentItem withId(long newId) {
        return new ContentItem(
                newId, batchId, createdAt, target, angle, fields, prompt, evaluation, provenance, review);
    }
}
