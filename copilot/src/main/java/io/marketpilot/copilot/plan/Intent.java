package io.marketpilot.copilot.plan;

import java.util.List;
import java.util.Locale;

/** What a goal asks for, recognised by its words; a goal naming none is {@link #ENGAGE}. */
public enum Intent {
    /** Bring back valuable customers who are slipping away. */
    WIN_BACK(
            List.of("win back", "win-back", "winback", "lapsed", "lapsing", "at risk", "at-risk", "churn", "挽回", "流失")),
    /** Wake customers who have already gone quiet. */
    REACTIVATE(List.of("reactivate", "re-activate", "dormant", "inactive", "wake", "sleeping", "唤醒")),
    /** Introduce a new product to the customers most likely to buy it. */
    LAUNCH(List.of("launch", "new product", "introduce", "release", "new headset", "新品", "上市", "发布")),
    /** Sell more to the customers who already spend the most. */
    GROW(List.of("grow", "upsell", "up-sell", "cross-sell", "high value", "high-value", "vip", "loyal", "提升")),
    /** Keep the largest group of customers engaged. */
    ENGAGE(List.of());

    private final List<String> cues;

    Intent(List<String> cues) {
        this.cues = cues;
    }

    /** The first intent, in declaration order, whose cue the goal contains. */
    public static Intent of(String goal) {
        String g = goal.toLowerCase(Locale.ROOT);
        for (Intent i : values()) {
            if (i.cues.stream().anyMatch(g::contains)) {
                return i;
            }
        }
        return ENGAGE;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
