package io.marketpilot.recommend.rules;

import io.marketpilot.core.MarketPilotException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shop's rules applied after a model has scored items: leave out what the customer already bought and what
 * they returned, show only items in stock, and trade some relevance for diversity.
 *
 * @param returnedByUser customer id to the product ids they returned; excluded from that customer's list
 * @param stockByItem when present, only products with a positive count pass; products it does not name are taken
 *     as out of stock, because a stock list is meant to be complete
 * @param diversity MMR λ in (0, 1]: 1 keeps the model's order, lower values penalise items similar to those
 *     already chosen; {@value #SUGGESTED_DIVERSITY} is the suggested setting when diversity is wanted
 */
public record BusinessRules(
        boolean excludeBought,
        Map<String, Set<String>> returnedByUser,
        Optional<Map<String, Integer>> stockByItem,
        double diversity) {
    public static final double SUGGESTED_DIVERSITY = 0.7;

    public BusinessRules {
        returnedByUser = Map.copyOf(returnedByUser);
        stockByItem = stockByItem.map(Map::copyOf);
        if (!(diversity > 0 && diversity <= 1)) {
            throw MarketPilotException.invalid("MMR lambda must lie in (0, 1], got " + diversity);
        }
    }

    /** Exclude bought items; no return, stock or diversity rules. */
    public static BusinessRules standard() {
        return new BusinessRules(true, Map.of(), Optional.empty(), 1.0);
    }

    public BusinessRules includingBought() {
        return new BusinessRules(false, returnedByUser, stockByItem, diversity);
    }

    public BusinessRules withReturns(Map<String, Set<String>> returned) {
        return new BusinessRules(excludeBought, returned, stockByItem, diversity);
    }

    public BusinessRules withStock(Map<String, Integer> stock) {
        return new BusinessRules(excludeBought, returnedByUser, Optional.of(stock), diversity);
    }

    public BusinessRules withDiversity(double lambda) {
        return new BusinessRules(excludeBought, returnedByUser, stockByItem, lambda);
    }

    public boolean diversifies() {
        return diversity < 1;
    }
}
