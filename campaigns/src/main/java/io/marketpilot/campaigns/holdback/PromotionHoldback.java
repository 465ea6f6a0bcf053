package io.marketpilot.campaigns.holdback;

import io.marketpilot.core.MarketPilotException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that holds customers with a fresh grievance back from promotions, so nobody gets a discount mail the day
 * after a complaint: an escalated support conversation that is still open, or a review in the last {@code lookback}
 * with a sentiment compound at or below {@code compoundAtMost} or a rating at or below {@code ratingAtMost}. It is a
 * visible record the marketer can read and switch off ({@code enabled}); it applies to promotions only.
 */
public record PromotionHoldback(boolean enabled, Duration lookback, double compoundAtMost, int ratingAtMost) {
    /** On; 14 days; compound ≤ -0.5 or rating ≤ 2. */
    public static final PromotionHoldback DEFAULT = new PromotionHoldback(true, Duration.ofDays(14), -0.5, 2);

    public PromotionHoldback {
        if (lookback == null || lookback.isNegative() || lookback.compareTo(Duration.ofDays(365)) > 0) {
            throw MarketPilotException.invalid("The hold-back look-back is 0 to 365 days, was " + lookback);
        }
        if (!(compoundAtMost >= -1 && compoundAtMost <= 1)) {
            throw MarketPilotException.invalid("The hold-back sentiment threshold is -1 to 1, was " + compoundAtMost);
        }
        if (ratingAtMost < 0 || ratingAtMost > 5) {
            throw MarketPilotException.invalid("The hold-back rating threshold is 0 to 5, was " + ratingAtMost);
        }
    }

    /** The rule switched off: nobody is held back. */
    public PromotionHoldback disabled() {
        return new PromotionHoldback(false, lookback, compoundAtMost, ratingAtMost);
    }

    /**
     * The customers this rule holds back at {@code now}, each once with the first reason found (escalations before
     * reviews, reviews newest first); none when the rule is off.
     */
    public List<HeldBack> heldBack(
            Collection<OpenEscalation> escalations, Collection<ReviewSignal> reviews, Instant now) {
        if (!enabled) {
            return List.of();
        }
        Map<String, HeldBack> held = new LinkedHashMap<>();
        for (OpenEscalation e : escalations) {
            held.putIfAbsent(
                    e.customerId(),
                    new HeldBack(e.customerId(), "escalated support conversation open since " + e.since()));
        }
        Instant since = now.minus(lookback);
        reviews.stream()
                .filter(r -> !r.at().isBefore(since) && !r.at().isAfter(now))
                .sorted((a, b) -> b.at().compareTo(a.at()))
                .forEach(r -> whyNegative(r)
                        .ifPresent(why -> held.putIfAbsent(r.customerId(), new HeldBack(r.customerId(), why))));
        return List.copyOf(held.values());
    }

    private Optional<String> whyNegative(ReviewSignal review) {
        if (review.rating().isPresent() && review.rating().get() <= ratingAtMost) {
            return Optional.of("review rated " + review.rating().get() + " on " + review.at());
        }
        if (review.compound().isPresent() && review.compound().get() <= compoundAtMost) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "review with sentiment %.2f on %s",
                    review.compound().get(),
                    review.at()));
        }
        return Optional.empty();
    }
}
