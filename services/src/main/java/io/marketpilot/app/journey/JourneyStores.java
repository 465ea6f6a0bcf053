package io.marketpilot.app.journey;

import io.marketpilot.core.journey.Enrolments;
import io.marketpilot.core.journey.JourneyStore;

/** The stores journeys use, built by the wiring module with the others. */
public record JourneyStores(JourneyStore journeys, Enrolments enrolments) {}
