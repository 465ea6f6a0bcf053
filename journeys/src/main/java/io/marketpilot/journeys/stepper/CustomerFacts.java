package io.marketpilot.journeys.stepper;

import java.time.Instant;

/** Everything the stepper reads about one customer at one moment: the clock, their history, profile and hours. */
public record CustomerFacts(Instant now, History history, Profile profile, SendWindow window) {}
