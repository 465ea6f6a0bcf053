package io.marketpilot.campaigns.schedule;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When one recipient's message goes out under a campaign's schedule, in their own time zone:
 *
 * <ul>
 *   <li>{@link Schedule.Now}: now; {@link Schedule.At}: the set instant (now, if it has passed);
 *   <li>{@link Schedule.SendTime}: the first start of the customer's preferred hour within the window (the window's
 *       start, or now if later, when they have none or it does not occur in the window);
 *   <li>then, a time in the customer's quiet hours moves to the end of them. Under a send-time window a message
 *       that would leave the window that way has no send time: the customer is left out for quiet hours.
 * </ul>
 */
public final class SendTimePlanner {
    private SendTimePlanner() {}

    /**
     * The instant to send at, or empty when the schedule leaves no time outside the customer's quiet hours.
     *
     * @param preferredHour the customer's predicted best hour (0-23, local), if any
     */
    public static Optional<Instant> plan(Schedule schedule, ZoneId zone, Optional<Integer> preferredHour, Instant now) {
        preferredHour.ifPresent(hour -> {
            if (hour < 0 || hour > 23) {
                throw MarketPilotException.invalid("A preferred hour is 0 to 23, was " + hour);
            }
        });
        return switch (schedule) {
            case Schedule.Now n -> Optional.of(outOfQuietHours(now, zone, n.quietHours()));
            case Schedule.At at -> Optional.of(outOfQuietHours(later(at.at(), now), zone, at.quietHours()));
            case Schedule.SendTime window -> inWindow(window, zone, preferredHour, now);
        };
    }

    private static Optional<Instant> inWindow(
            Schedule.SendTime window, ZoneId zone, Optional<Integer> preferredHour, Instant now) {
        Instant start = later(window.windowStart(), now);
        if (!start.isBefore(window.windowEnd())) {
            return Optional.empty();
        }
        Instant chosen = preferredHour
                .flatMap(hour -> firstHourStart(hour, start, window.windowEnd(), zone))
                .orElse(start);
        Instant sendAt = outOfQuietHours(chosen, zone, window.quietHours());
        return sendAt.isBefore(window.windowEnd()) ? Optional.of(sendAt) : Optional.empty();
    }

    /**
     * The first moment in [start, end) that falls in local hour {@code hour}: {@code start} itself when it is already
     * in that hour, else the next start of the hour.
     */
    static Optional<Instant> firstHourStart(int hour, Instant start, Instant end, ZoneId zone) {
        LocalDate day = start.atZone(zone).toLocalDate().minusDays(1);
        LocalDate lastDay = end.atZone(zone).toLocalDate();
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            Instant hourStart =
                    ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant();
            Instant hourEnd = hourStart.plus(Duration.ofHours(1));
            if (!hourEnd.isAfter(start)) {
                continue;
            }
            Instant candidate = hourStart.isBefore(start) ? start : hourStart;
            return candidate.isBefore(end) ? Optional.of(candidate) : Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code at}, or the end of the quiet hours it falls in, in {@code zone}. */
    public static Instant outOfQuietHours(Instant at, ZoneId zone, QuietHours quiet) {
        Instant moved = at;
        // once is enough, except where a daylight-saving gap swallows the end of the quiet hours: ZonedDateTime.of
        // moves a skipped time forward by the gap, which a span of nearly a day can carry into the next quiet hours
        for (int tries = 0; tries < 3; tries++) {
            LocalDateTime local = LocalDateTime.ofInstant(moved, zone);
            if (!quiet.contains(local.toLocalTime())) {
                return moved;
            }
            LocalDate day = local.toLocalTime().isBefore(quiet.end())
                    ? local.toLocalDate()
                    : local.toLocalDate().plusDays(1);
            moved = ZonedDateTime.of(day, quiet.end(), zone).toInstant();
        }
        return moved;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
