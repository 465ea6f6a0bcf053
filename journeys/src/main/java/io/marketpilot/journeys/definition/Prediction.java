package io.marketpilot.journeys.definition;

import java.util.Locale;

/** A model's per-customer figure that a trigger or branch may read. */
public enum Prediction {
    /** The probability that the customer has churned (1 − p(alive)). */
    CHURN_RISK,
    /** The BG/NBD probability that the customer is still active. */
    P_ALIVE,
    /** The predicted customer lifetime value, in the shop's currency. */
    CLV;

    /** The name the JSON form uses, e.g. {@code churn_risk}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of a {@link #wireName}; an unknown name is refused, listing the known. */
    public static Prediction parse(String text) {
        return Rules.parse(Prediction.class, text, "prediction");
    }
}
