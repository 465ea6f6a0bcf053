package io.marketpilot.core.experiment;

import io.marketpilot.core.MarketPilotException;
import java.util.Locale;

/** Where an experiment is in its life: drafted, running (assigning and counting), stopped, or decided. */
public enum ExperimentStatus {
    DRAFT,
    RUNNING,
    STOPPED,
    DECIDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExperimentStatus parse(String text) {
        for (ExperimentStatus s : values()) {
            if (s.wireName().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return s;
            }
        }
        throw MarketPilotException.invalid(
                "Unknown experiment status '" + text + "': use draft, running, stopped or decided");
    }
}
