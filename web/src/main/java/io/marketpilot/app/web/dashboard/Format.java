package io.marketpilot.app.web.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.marketpilot.app.web.Json;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting for the dashboard's templates, done in Java so templates stay logic-free. */
public final class Format {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Format() {}

    public static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    public static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    public static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.2f", v);
    }

    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * share);
    }

    /** A duration in milliseconds as seconds with one decimal ("2.5 s"), or a dash when there is none. */
    public static String seconds(java.util.Optional<Long> millis) {
        return millis.map(t -> String.format(java.util.Locale.ROOT, "%.1f s", t / 1000.0))
                .orElse("—");
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "—" : DATE_TIME.format(t);
    }

    public static String text(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    /** JSON safe to embed inside a {@code <script>} element: no '<' can close it. */
    public static String scriptJson(Object value) {
        try {
            return Json.mapper().writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
