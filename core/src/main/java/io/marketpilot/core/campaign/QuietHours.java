package io.marketpilot.core.campaign;

import java.time.LocalTime;

/**
 * The local hours in which no marketing message is sent, in each customer's own time zone. The span may wrap
 * midnight (21:00–08:00, the default); a span that starts where it ends means none.
 *
 * @param start the first quiet minute
 * @param end the first minute messages may go again
 */
public record QuietHours(LocalTime start, LocalTime end) {
    /** 21:00 to 08:00. */
    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    /** No quiet hours. */
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public QuietHours {
        Check.present(start, "quiet hours start");
        Check.present(end, "quiet hours end");
    }

    /** Whether a message at this local time would fall in the quiet hours. */
    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** Whether there are quiet hours at all. */
    public boolean any() {
        return !start.equals(end);
    }
}
