package io.marketpilot.campaigns.holdback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PromotionHoldbackTest {
    private static final Instant NOW = Instant.parse("2024-03-15T10:00:00Z");

    private static ReviewSignal review(String customer, int daysAgo, Double compound, Integer rating) {
        return new ReviewSignal(
                customer,
                NOW.minus(Duration.ofDays(daysAgo)),
                Optional.ofNullable(compound),
                Optional.ofNullable(rating));
    }

    @Test
    void holdsBackOpenEscalationsAndRecentStronglyNegativeReviews() {
        var held = PromotionHoldback.DEFAULT.heldBack(
                List.of(new OpenEscalation("C-1", NOW.minus(Duration.ofDays(30)))),
                List.of(
                        review("C-2", 1, -0.5, null),
                        review("C-3", 3, null, 2),
                        review("C-4", 2, -0.49, 3),
                        review("C-5", 15, -0.9, 1)),
                NOW);
        assertThat(held).extracting(HeldBack::customerId).containsExactly("C-1", "C-2", "C-3");
        assertThat(held.get(0).why()).startsWith("escalated support conversation open since");
        assertThat(held.get(1).why()).isEqualTo("review with sentiment -0.50 on 2024-03-14T10:00:00Z");
        assertThat(held.get(2).why()).isEqualTo("review rated 2 on 2024-03-12T10:00:00Z");
    }

    @Test
    void aCustomerIsListedOnceWithTheFirstReason() {
        var held = PromotionHoldback.DEFAULT.heldBack(
                List.of(new OpenEscalation("C-1", NOW)),
                List.of(review("C-1", 1, -0.8, 1), review("C-1", 2, -0.9, 1)),
                NOW);
        assertThat(held).hasSize(1);
        assertThat(held.get(0).why()).startsWith("escalated");
    }

    @Test
    void switchedOffItHoldsBackNobody() {
        var off = PromotionHoldback.DEFAULT.disabled();
        assertThat(off.enabled()).isFalse();
        assertThat(off.heldBack(List.of(new OpenEscalation("C-1", NOW)), List.of(review("C-2", 1, -1.0, 1)), NOW))
                .isEmpty();
    }

    @Test
    void refusesThresholdsOutsideTheirScales() {
        assertThatThrownBy(() -> new PromotionHoldback(true, Duration.ofDays(14), -1.5, 2))
                .hasMessageContaining("sentiment threshold");
        assertThatThrownBy(() -> new PromotionHoldback(true, Duration.ofDays(14), -0.5, 6))
                .hasMessageContaining("rating threshold");
        assertThatThrownBy(() -> new PromotionHoldback(true, Duration.ofDays(-1), -0.5, 2))
                .hasMessageContaining("look-back");
    }
}
