package io.marketpilot.core.domain;

import io.marketpilot.core.MarketPilotException;

/** Constructor checks shared by the domain records. */
final class Require {
    private Require() {}

    static void id(String id, String what) {
        if (id == null || id.isBlank()) {
            throw MarketPilotException.invalid(what + " is required");
        }
    }
}
