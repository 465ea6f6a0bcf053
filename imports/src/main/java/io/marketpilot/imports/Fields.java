package io.marketpilot.imports;

import io.marketpilot.core.input.FieldLimits;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses typed values out of source rows, recording a row error instead of throwing, so that every bad value of a
 * file is reported in one run.
 */
public final class Fields {
    /**
     * Slash dates are read month first, as the public retail layouts (UCI, Superstore) write them. Strict resolving
     * refuses impossible dates ("2/30/2024") that the default would quietly move to the end of the month.
     */
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            strict("uuuu-MM-dd HH:mm[:ss][.SSS]"),
            strict("M/d/uuuu H:mm[:ss]"),
            strict("M/d/uu H:mm[:ss]"));

    private static final List<DateTimeFormatter> DATES =
            List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("M/d/uuuu"), strict("uuuuMMdd"));

    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final RowErrors errors;
    private int lastLayout = -1;

    public Fields(RowErrors errors) {
        this.errors = errors;
    }

    /** A required non-blank text. */
    public Optional<String> text(SourceRow row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            errors.add(row, column, "is required");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** An optional text of at most {@code maxLength} characters (the column's width in the store); blank is empty. */
    public Optional<String> optionalText(SourceRow row, String column, int maxLength) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.length() > maxLength) {
            errors.add(row, column, "is longer than " + maxLength + " characters");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /**
     * An identifier: required, at most {@link FieldLimits#ID} characters; numeric ids written as floats ("17850.0")
     * are normalised.
     */
    public Optional<String> id(SourceRow row, String column) {
        return text(row, column).flatMap(v -> checkId(row, column, normaliseId(v)));
    }

    /** An optional identifier: empty when the column is blank. */
    public Optional<String> optionalId(SourceRow row, String column) {
        String v = row.get(column);
        return v.isEmpty() ? Optional.empty() : checkId(row, column, normaliseId(v));
    }

    private Optional<String> checkId(SourceRow row, String column, String id) {
        if (id.length() > FieldLimits.ID) {
            errors.add(row, column, "is longer than " + FieldLimits.ID + " characters");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    /** "17850.0" → "17850": spreadsheet exports write integer ids as floats. Hot on big files, hence no regex. */
    static String normaliseId(String v) {
        int dot = v.indexOf('.');
        if (dot <= 0 || dot == v.length() - 1) {
            return v;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean ok = i < dot ? c >= '0' && c <= '9' : i == dot || c == '0';
            if (!ok) {
                return v;
            }
        }
        return v.substring(0, dot);
    }

    public Optional<Double> number(SourceRow row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            errors.add(row, column, "is required");
            return Optional.empty();
        }
        try {
            double d = Double.parseDouble(v.replace(",", ""));
            if (!Double.isFinite(d)) {
                errors.add(row, column, "'" + v + "' is not a finite number");
                return Optional.empty();
            }
            return Optional.of(d);
        } catch (NumberFormatException e) {
            errors.add(row, column, "'" + v + "' is not a number");
            return Optional.empty();
        }
    }

    /** An optional number; blank gives empty without an error, garbage gives an error. */
    public Optional<Double> optionalNumber(SourceRow row, String column) {
        return row.has(column) ? number(row, column) : Optional.empty();
    }

    public Optional<Integer> optionalInteger(SourceRow row, String column, int min, int max) {
        if (!row.has(column)) {
            return Optional.empty();
        }
        String v = row.get(column);
        try {
            int i = Integer.parseInt(Fields.normaliseId(v));
            if (i < min || i > max) {
                errors.add(row, column, "must be between " + min + " and " + max + " but is " + i);
                return Optional.empty();
            }
            return Optional.of(i);
        } catch (NumberFormatException e) {
            errors.add(row, column, "'" + v + "' is not a whole number");
            return Optional.empty();
        }
    }

    public Optional<LocalDateTime> dateTime(SourceRow row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            errors.add(row, column, "is required");
            return Optional.empty();
        }
        Optional<LocalDateTime> parsed = parseDateTimeFast(v);
        if (parsed.isEmpty()) {
            errors.add(row, column, "'" + v + "' is not a date (use 2024-03-31 or 2024-03-31T14:05:00)");
        }
        return parsed;
    }

    public Optional<LocalDate> optionalDate(SourceRow row, String column) {
        if (!row.has(column)) {
            return Optional.empty();
        }
        Optional<LocalDateTime> parsed = parseDateTimeFast(row.get(column));
        if (parsed.isEmpty()) {
            errors.add(row, column, "'" + row.get(column) + "' is not a date (use 2024-03-31)");
        }
        return parsed.map(LocalDateTime::toLocalDate);
    }

    public Optional<String> optionalEmail(SourceRow row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.length() > FieldLimits.EMAIL || !EMAIL.matcher(v).matches()) {
            errors.add(row, column, "'" + v + "' is not an e-mail address");
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** Tries the layouts in order; the caller's last successful layout goes first, as files use one throughout. */
    public Optional<LocalDateTime> parseDateTimeFast(String v) {
        if (lastLayout >= 0) {
            Optional<LocalDateTime> hit = tryLayout(lastLayout, v);
            if (hit.isPresent()) {
                return hit;
            }
        }
        for (int i = 0; i < DATE_TIMES.size() + DATES.size(); i++) {
            Optional<LocalDateTime> hit = tryLayout(i, v);
            if (hit.isPresent()) {
                lastLayout = i;
                return hit;
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalDateTime> parseDateTime(String v) {
        for (int i = 0; i < DATE_TIMES.size() + DATES.size(); i++) {
            Optional<LocalDateTime> hit = tryLayout(i, v);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> tryLayout(int index, String v) {
        try {
            LocalDateTime at = index < DATE_TIMES.size()
                    ? LocalDateTime.parse(v, DATE_TIMES.get(index))
                    : LocalDate.parse(v, DATES.get(index - DATE_TIMES.size())).atStartOfDay();
            // The layouts accept years of any size ("+99999-01-01"); PostgreSQL stores none past 294276.
            return at.getYear() >= MIN_YEAR && at.getYear() <= MAX_YEAR ? Optional.of(at) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
