package io.marketpilot.app.demo;

import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.content.ContentQuery;
import java.util.List;
import java.util.Optional;

/**
 * Drafts for the demo's Content studio: an English e-mail for the largest segment (one variant approved, so the
 * review states and training-data export have something to show) and a Chinese SMS for the second.
 */
public final class DemoContent {
    private DemoContent() {}

    /** Generates the demo drafts unless the store already holds content; returns a line for the console. */
    public static Optional<String> generateIfEmpty(Services app) {
        if (app.content.list(ContentQuery.latest(1)).total() > 0
                || app.segments.latest().isEmpty()) {
            return Optional.empty();
        }
        var email = app.content.generate(
                new GenerateRequest(
                        "email", "0", null, "CAB-100", "spring sale", "friendly", "en", "x", List.of(), 3, 42),
                "demo");
        var sms = app.content.generate(
                new GenerateRequest("sms", "1", null, null, "新品上架", "friendly", "zh", "x", List.of(), 2, 42), "demo");
        for (var item : email.items()) {
            try {
                app.content.approve(item.id(), "demo", "Clear offer, on brand");
                break;
            } catch (io.marketpilot.core.MarketPilotException e) {
                // a variant with a guardrail error stays a draft; the next one is approved instead
            }
        }
        return Optional.of("Wrote " + (email.items().size() + sms.items().size())
                + " demo drafts with the offline composer (one approved) for the Content studio");
    }
}
