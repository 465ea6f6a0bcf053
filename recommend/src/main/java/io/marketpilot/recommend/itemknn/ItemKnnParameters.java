package io.marketpilot.recommend.itemknn;

import io.marketpilot.core.MarketPilotException;

/**
 * Item-kNN settings: how many neighbours each item keeps, and the shrinkage added to the cosine denominator so that
 * pairs seen together by only a few customers do not look perfectly similar.
 */
public record ItemKnnParameters(int neighbours, double shrinkage) {
    public ItemKnnParameters {
        if (neighbours < 1) {
            throw MarketPilotException.invalid("item-kNN needs at least 1 neighbour per item, got " + neighbours);
        }
        if (!(shrinkage >= 0) || Double.isInfinite(shrinkage)) {
            throw MarketPilotException.invalid("item-kNN shrinkage must be finite and >= 0, got " + shrinkage);
        }
    }

    /** Chosen on a MovieLens-100k validation split carved from the training part (see the module README). */
    public static ItemKnnParameters defaults() {
        return new ItemKnnParameters(400, 10);
    }
}
