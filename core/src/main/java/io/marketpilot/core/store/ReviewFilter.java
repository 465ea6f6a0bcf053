package io.marketpilot.core.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which stored reviews an insight covers; empty parts mean "all". {@code segment} is a segment of the latest
 * segmentation run; {@code from} and {@code to} are inclusive days of the review's date.
 */
public record ReviewFilter(
        Optional<String> productId,
        Optional<String> language,
        Optional<Integer> segment,
        Optional<LocalDate> from,
        Optional<LocalDate> to) {

    public static ReviewFilter none() {
        return new ReviewFilter(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
