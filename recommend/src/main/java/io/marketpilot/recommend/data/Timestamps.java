package io.marketpilot.recommend.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Parses the time columns of the supported files into epoch seconds; local times are read as UTC. */
final class Timestamps {
    private static final List<DateTimeFormatter> LOCAL_LAYOUTS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]"),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]"),
            DateTimeFormatter.ofPattern("d.M.yyyy H:mm[:ss]"));

    /** Superstore's order dates, {@code 11/8/2018}. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    private Timestamps() {}

    /**
     * Epoch seconds from a number of seconds, an ISO date, an ISO date-time with or without offset, or the UCI
     * Online Retail layouts ({@code 12/1/2010 8:26}, {@code 2010-12-01 08:26:00}).
     *
     * @throws DateTimeParseException when no layout fits
     */
    static long parse(String text) {
        String s = text.trim();
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new DateTimeParseException("'" + s + "' is too large for a time in epoch seconds", s, 0);
            }
        }
        if (s.length() == 10 && s.charAt(4) == '-') {
            return LocalDate.parse(s).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(s).toEpochSecond();
        } catch (DateTimeParseException ignored) {
            // not an instant with offset: try the local layouts
        }
        if (s.indexOf(' ') < 0 && s.indexOf('/') > 0) {
            return LocalDate.parse(s, US_DATE).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
        for (DateTimeFormatter layout : LOCAL_LAYOUTS) {
            try {
                return LocalDateTime.parse(s, layout).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // next layout
            }
        }
        throw new DateTimeParseException("unrecognised date/time '" + s + "'", s, 0);
    }
}
