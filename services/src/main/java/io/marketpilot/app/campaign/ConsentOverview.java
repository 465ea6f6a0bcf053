package io.marketpilot.app.campaign;

import java.util.List;

/**
 * A customer's consent: the latest record per channel and topic (what decides today), and the whole history, newest
 * first (the answer to "why did this person get this mail").
 */
public record ConsentOverview(String customerId, List<ConsentLine> latest, List<ConsentLine> history) {
    public ConsentOverview {
        latest = List.copyOf(latest);
        history = List.copyOf(history);
    }
}
