package io.marketpilot.copilot.tools;

import java.util.Locale;

/** How tools write their numbers, once, so that a plan quoting a figure writes it exactly as the tool did. */
public final class Figures {
    private Figures() {}

    public static String count(long n) {
        return Long.toString(n);
    }

    /** A share as a percentage: whole numbers from 10 %, one decimal below (a 0.4 % share is not "0"). */
    public static String percent(double share) {
        double p = 100 * share;
        return Math.abs(p) >= 10 ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p);
    }

    /** A sum of money in the shop's currency, whole units. */
    public static String money(double amount) {
        return String.format(Locale.ROOT, "%.0f", amount);
    }

    /** A span of time in whole days. */
    public static String days(double days) {
        return String.format(Locale.ROOT, "%.0f", days);
    }

    /** A difference in percentage points, two decimals, signed. */
    public static String points(double difference) {
        return String.format(Locale.ROOT, "%+.2f", 100 * difference);
    }
}
