package io.marketpilot.app.experiment;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One submitted event as the door read it, JSON's plain values by field name (texts, numbers, booleans, nested maps
 * and lists, nulls), and the readings of those values the intake needs.
 */
final class EventFields {
    static final String BAD_DATE = "occurredAt must be an ISO date-time such as 2026-03-01T09:30:00";

    private final Map<String, ?> fields;

    EventFields(Map<String, ?> fields) {
        this.fields = fields;
    }

    /**
     * The field as text the way JSON reads it: a number or boolean as written, an object or array as empty text;
     * empty when absent or null.
     */
    Optional<String> text(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof Map<?, ?> || value instanceof List<?> ? "" : String.valueOf(value));
    }

    /** The field as {@link #text} reads it, for messages: {@code null} when absent, as the API has always written. */
    String shown(String name) {
        return text(name).orElse("null");
    }

    /** A field that must be text when present; a number or boolean is taken as written. */
    Optional<String> scalar(String name) {
        Object value = fields.get(name);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw MarketPilotException.invalid(name + " must be text, not an object or array");
        }
        return Optional.ofNullable(value).map(String::valueOf);
    }

    /** A number field; empty when absent, refused when it is not a finite number. */
    OptionalDouble number(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return OptionalDouble.empty();
        }
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw MarketPilotException.invalid(name + " must be a number");
        }
        return OptionalDouble.of(n.doubleValue());
    }

    /**
     * A local date-time such as {@code 2026-03-01T09:30:00}; empty when absent or empty text. A UTC marker ({@code Z})
     * after it is dropped, as the API has always accepted and ignored it.
     */
    Optional<LocalDateTime> dateTime(String name) {
        Object value = fields.get(name);
        if (value == null || "".equals(value)) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw MarketPilotException.invalid(BAD_DATE);
        }
        String local = text.length() > 10 && text.charAt(10) == 'T' && text.endsWith("Z")
                ? text.substring(0, text.length() - 1)
                : text;
        try {
            return Optional.of(LocalDateTime.parse(local));
        } catch (DateTimeParseException e) {
            throw MarketPilotException.invalid(BAD_DATE);
        }
    }

    /** An object of texts (numbers and booleans taken as written); empty when absent. */
    Map<String, String> properties(String name) {
        Object value = fields.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> object)) {
            throw MarketPilotException.invalid(name + " must be an object of texts");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : object.entrySet()) {
            Object v = entry.getValue();
            if (v == null || v instanceof Map<?, ?> || v instanceof List<?>) {
                throw MarketPilotException.invalid(
                        name + " must be an object of texts; '" + entry.getKey() + "' is not");
            }
            out.put(String.valueOf(entry.getKey()), String.valueOf(v));
        }
        return out;
    }
}
