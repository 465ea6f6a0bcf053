package io.marketpilot.recommend.hybrid;

/**
 * The blend's settings.
 *
 * @param pool how many candidates each component contributes (at least the list length asked for)
 * @param rankOffset the reciprocal-rank constant: a candidate at rank r earns weight / (rankOffset + r)
 * @param halfHistory the number of purchases at which collaborative and content evidence weigh the same; with more
 *     history the collaborative model dominates, with less the content model does
 */
public record HybridParameters(int pool, double rankOffset, double halfHistory) {

    public HybridParameters {
        if (pool < 1 || rankOffset < 0 || halfHistory < 0) {
            throw new IllegalArgumentException("pool must be positive, rankOffset and halfHistory not negative");
        }
    }

    public static HybridParameters defaults() {
        return new HybridParameters(100, 60, 2);
    }

    /** The collaborative component's weight for a customer with {@code history} distinct items. */
    public double collaborativeWeight(int history) {
        return history + halfHistory == 0 ? 0.5 : history / (history + halfHistory);
    }
}
