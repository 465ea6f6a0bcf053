package io.marketpilot.core.content;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The review state of a text.
 *
 * @param status where it stands
 * @param reviewer who approved or rejected it last, or null
 * @param comment the reviewer's comment, or null
 * @param reviewedAt when, or null
 * @param usedIn the campaign it was used in, or null
 * @param won true once it won an experiment or was marked best; winners are preferred as few-shot examples
 */
public record ContentReview(
        ContentStatus status,
        @Nullable String reviewer,
        @Nullable String comment,
        @Nullable LocalDateTime reviewedAt,
        @Nullable String usedIn,
        boolean won) {
    public ContentReview {
        Objects.requireNonNull(status, "status");
    }

    public static ContentReview draft() {
        return new ContentReview(ContentStatus.DRAFT, null, null, null, null, false);
    }
}
