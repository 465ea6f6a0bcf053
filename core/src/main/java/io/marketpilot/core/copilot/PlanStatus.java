package io.marketpilot.core.copilot;

import io.marketpilot.core.MarketPilotException;
import java.util.Locale;

/** Where a plan stands: proposed by a planner, then approved or rejected by a person, then launched as drafts. */
public enum PlanStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    LAUNCHED;

    /** The lower-case name the API, the CLI and the store use. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlanStatus fromWire(String name) {
        for (PlanStatus s : values()) {
            if (s.wireName().equals(name)) {
                return s;
            }
        }
        throw MarketPilotException.invalid(
                "Unknown plan status '" + name + "' (proposed, approved, rejected, launched)");
    }

    /** Whether a person may still approve or reject it. */
    public boolean reviewable() {
        return this == PROPOSED;
    }
}
