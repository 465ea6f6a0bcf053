package io.marketpilot.journeys.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** A value of the journey's JSON and its path: typed reads that fail with a {@link PathException} naming the path. */
record JsonCursor(JsonNode json, String path) {
    /** A field that must be present (and not null). */
    JsonCursor field(String name) {
        return optional(name).orElseThrow(() -> new PathException(member(path, name), "is required"));
    }

    /** A field that may be absent or null. */
    Optional<JsonCursor> optional(String name) {
        object();
        JsonNode value = json.get(name);
        return value == null || value.isNull()
                ? Optional.empty()
                : Optional.of(new JsonCursor(value, member(path, name)));
    }

    /** Refuses a field not in {@code known}: a misspelt field in a version-controlled file is silently lost otherwise. */
    void allowOnly(Set<String> known) {
        object();
        for (var field : json.properties()) {
            String name = field.getKey();
            if (!known.contains(name)) {
                throw new PathException(member(path, name), "is not a field here; known: " + new TreeSet<>(known));
            }
        }
    }

    String text() {
        if (!json.isTextual()) {
            throw new PathException(path, "is a string");
        }
        return json.textValue();
    }

    int integer() {
        if (!json.isIntegralNumber() || !json.canConvertToInt()) {
            throw new PathException(path, "is a whole number");
        }
        return json.intValue();
    }

    double number() {
        if (!json.isNumber()) {
            throw new PathException(path, "is a number");
        }
        return json.doubleValue();
    }

    long positiveLong() {
        if (!json.isIntegralNumber() || !json.canConvertToLong() || json.longValue() < 1) {
            throw new PathException(path, "is a positive whole number");
        }
        return json.longValue();
    }

    boolean bool() {
        if (!json.isBoolean()) {
            throw new PathException(path, "is true or false");
        }
        return json.booleanValue();
    }

    /** An ISO-8601 duration such as {@code P3D} or {@code PT12H}. */
    Duration duration() {
        try {
            return Duration.parse(text());
        } catch (DateTimeParseException e) {
            throw new PathException(
                    path, "is an ISO-8601 duration such as P3D or PT12H, was '" + json.textValue() + "'");
        }
    }

    List<JsonCursor> elements() {
        if (!json.isArray()) {
            throw new PathException(path, "is an array");
        }
        List<JsonCursor> elements = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            elements.add(new JsonCursor(json.get(i), path + "[" + i + "]"));
        }
        return elements;
    }

    /** An object whose values are all strings. */
    Map<String, String> strings() {
        object();
        Map<String, String> strings = new LinkedHashMap<>();
        for (var field : json.properties()) {
            strings.put(field.getKey(), new JsonCursor(field.getValue(), member(path, field.getKey())).text());
        }
        return strings;
    }

    private void object() {
        if (!json.isObject()) {
            throw new PathException(path, "is an object");
        }
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * The path of a member: {@code $.a.b} for plain names, {@code $.where['order.total']} for a name with dots or other
     * characters (event properties may have them), so that every path names exactly one place in the document.
     */
    static String member(String path, String name) {
        return PLAIN_NAME.matcher(name).matches()
                ? path + "." + name
                : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }
}
