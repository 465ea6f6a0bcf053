package io.marketpilot.imports;

import io.marketpilot.core.domain.Event;
import java.util.List;
import java.util.Set;

/**
 * What a written import added that the rest of the product reacts to, told once its transaction committed: the
 * events whose ids the store did not hold (journeys' event triggers), and the customers of orders it did not hold
 * (journeys' order goals). Rows the file replaced are not news.
 */
public record CommittedImport(List<Event> newEvents, Set<String> customersWithNewOrders) {
    public CommittedImport {
        newEvents = List.copyOf(newEvents);
        customersWithNewOrders = Set.copyOf(customersWithNewOrders);
    }
}
