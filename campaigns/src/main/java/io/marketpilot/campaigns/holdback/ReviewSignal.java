package io.marketpilot.campaigns.holdback;

import java.time.Instant;
import java.util.Optional;

/**
 * A customer's review as the hold-back rule reads it.
 *
 * @param compound the review's sentiment compound score (-1 to 1), if it was scored
 * @param rating the customer's star rating (1 to 5), if they gave one
 */
public record ReviewSignal(String customerId, Instant at, Optional<Double> compound, Optional<Integer> rating) {}
