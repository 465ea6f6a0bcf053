package io.marketpilot.imports.layout;

import io.marketpilot.core.domain.Review;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.imports.Fields;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * MarketPilot's review layout: id (optional, derived from the content when absent), customer_id, product_id, text,
 * rating (1–5), channel (default "review"), language (detected when absent) and created_at.
 */
final class ReviewLayout implements Layout {
    private final Function<String, String> languageDetector;

    ReviewLayout(Function<String, String> languageDetector) {
        this.languageDetector = languageDetector;
    }

    @Override
    public String name() {
        return "marketpilot";
    }

    @Override
    public ImportKind kind() {
        return ImportKind.REVIEWS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("text", "createdat");
    }

    /** The widths of the store's columns: a longer value is a row error rather than a failed write. */
    private static boolean tooLong(SourceRow row, String column, int max, RowErrors errors) {
        if (row.get(column).length() <= max) {
            return false;
        }
        errors.add(row, column, "is longer than " + max + " characters");
        return true;
    }

    @Override
    public void parse(List<SourceRow> rows, Fields f, RowErrors errors, ImportBatch batch) {
        Set<String> seen = new HashSet<>();
        for (SourceRow row : rows) {
            var text = f.text(row, "text");
            var customerId = f.optionalId(row, "customerid");
            var productId = f.optionalId(row, "productid");
            var rating = f.optionalInteger(row, "rating", 1, 5);
            var at = f.dateTime(row, "createdat");
            if (text.isEmpty() || at.isEmpty()) {
                continue;
            }
            if (text.get().length() > FieldLimits.REVIEW_TEXT) {
                errors.add(row, "text", "is longer than " + FieldLimits.REVIEW_TEXT + " characters");
                continue;
            }
            if (tooLong(row, "id", FieldLimits.EVENT_ID, errors)
                    || tooLong(row, "channel", FieldLimits.CHANNEL, errors)
                    || tooLong(row, "language", FieldLimits.LANGUAGE, errors)) {
                continue;
            }
            String channel = row.has("channel") ? row.get("channel") : "review";
            String language = row.has("language") ? row.get("language") : languageDetector.apply(text.get());
            String id = row.has("id")
                    ? row.get("id")
                    : ContentId.of("rev", text.get(), customerId.orElse(""), productId.orElse(""), at.get());
            if (!seen.add(id)) {
                errors.add(row, "id", "review '" + id + "' appears twice in the file");
                continue;
            }
            customerId.ifPresent(c -> batch.requires("customers", c, row, "customer_id"));
            productId.ifPresent(p -> batch.requires("products", p, row, "product_id"));
            batch.reviews.add(new Review(
                    id,
                    customerId.orElse(null),
                    productId.orElse(null),
                    text.get(),
                    rating.orElse(null),
                    channel,
                    language,
                    at.get()));
        }
    }
}
