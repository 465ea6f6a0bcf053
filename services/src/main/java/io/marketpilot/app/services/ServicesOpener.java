package io.marketpilot.app.services;

import io.marketpilot.app.config.MarketPilotConfig;

/**
 * Opens the configured store and builds the services over it. The doors (CLI, benchmarks) take one instead of
 * building the object graph themselves: only the wiring module knows the store's implementation.
 */
@FunctionalInterface
public interface ServicesOpener {
    Services open(MarketPilotConfig config);
}
