package io.marketpilot.app.journey;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.journey.JourneyStore;
import io.marketpilot.core.journey.JourneyVersion;
import io.marketpilot.journeys.codec.JourneyCodec;
import io.marketpilot.journeys.definition.JourneyDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stored journey versions read back as definitions, each parsed once: a version never changes once stored, so the
 * parsed form can be kept for as long as the process runs.
 */
final class JourneyDefinitions {
    private final JourneyStore store;
    private final Map<String, JourneyDefinition> parsed = new ConcurrentHashMap<>();

    JourneyDefinitions(JourneyStore store) {
        this.store = store;
    }

    JourneyDefinition of(JourneyVersion version) {
        return parsed.computeIfAbsent(
                version.journeyId() + "\n" + version.version(), k -> JourneyCodec.read(version.definition()));
    }

    JourneyDefinition of(String journeyId, int version) {
        return of(store.version(journeyId, version)
                .orElseThrow(() -> MarketPilotException.notFound("Journey version", journeyId + " v" + version)));
    }
}
