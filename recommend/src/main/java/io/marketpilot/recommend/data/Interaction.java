package io.marketpilot.recommend.data;

import io.marketpilot.core.MarketPilotException;

/**
 * One implicit-feedback event: a customer interacted with (bought, viewed, rated) a product with a positive weight
 * at a time in epoch seconds, 0 when the source has no time.
 */
public record Interaction(String userId, String itemId, double weight, long timestamp) {
    public Interaction {
        if (userId == null || userId.isBlank()) {
            throw MarketPilotException.invalid("interaction without a user id");
        }
        if (itemId == null || itemId.isBlank()) {
            throw MarketPilotException.invalid("interaction of user '" + userId + "' without an item id");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw MarketPilotException.invalid(
                    "interaction weight must be positive and finite, got " + weight + " for user '" + userId + "'");
        }
    }
}
