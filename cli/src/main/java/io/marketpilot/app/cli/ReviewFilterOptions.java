package io.marketpilot.app.cli;

import io.marketpilot.core.store.ReviewFilter;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Which stored reviews a listening command covers. */
public final class ReviewFilterOptions {
    @Option(names = "--product", description = "Only this product's reviews")
    @Nullable
    String product;

    @Option(names = "--language", description = "Only reviews in this language (en, zh)")
    @Nullable
    String language;

    @Option(names = "--segment", description = "Only reviews by customers in this segment of the latest run")
    @Nullable
    Integer segment;

    @Option(names = "--from", description = "First day (yyyy-MM-dd)")
    @Nullable
    LocalDate from;

    @Option(names = "--to", description = "Last day (yyyy-MM-dd)")
    @Nullable
    LocalDate to;

    ReviewFilter filter() {
        return new ReviewFilter(
                Optional.ofNullable(product),
                Optional.ofNullable(language),
                Optional.ofNullable(segment),
                Optional.ofNullable(from),
                Optional.ofNullable(to));
    }
}
