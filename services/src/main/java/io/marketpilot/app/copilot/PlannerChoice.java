package io.marketpilot.app.copilot;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Which planner a plan is asked of: the default, or one named to compare them. */
public enum PlannerChoice {
    /** The language model when one is configured, the rules otherwise. */
    AUTO,
    /** The rule-based planner, which needs no model. */
    RULES,
    /** The configured language model, calling the copilot's tools; refused when none is configured. */
    LLM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice {@code text} names (any case); empty or absent is {@link #AUTO}. */
    public static PlannerChoice parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return AUTO;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.wireName().equals(t))
                .findFirst()
                .orElseThrow(() -> MarketPilotException.invalid("The planner must be one of "
                        + Arrays.stream(values()).map(PlannerChoice::wireName).collect(Collectors.joining(", "))
                        + ", not '" + text.strip() + "'"));
    }
}
