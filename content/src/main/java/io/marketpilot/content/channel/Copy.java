package io.marketpilot.content.channel;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One channel's output: its fields by name, each a text or a list of texts, in the channel's field order.
 * Missing fields are kept as empty text or an empty list so that validation can name them.
 */
public record Copy(Channel channel, Map<String, Object> fields) {

    public Copy {
        Objects.requireNonNull(channel, "channel");
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (Channel.FieldSpec f : channel.fields()) {
            Object v = fields.get(f.name());
            ordered.put(f.name(), f.listField() ? texts(v, f.name()) : text(v, f.name()));
        }
        fields = java.util.Collections.unmodifiableMap(ordered);
    }

    /** One of the channel's text fields. */
    public String text(String field) {
        return (String) field(field);
    }

    /** One of the channel's list fields. */
    @SuppressWarnings("unchecked") // the constructor stores every list field as a List<String>
    public List<String> list(String field) {
        return (List<String>) field(field);
    }

    private Object field(String name) {
        Object v = fields.get(name);
        if (v == null) {
            throw new IllegalArgumentException(channel + " copy has no field '" + name + "'");
        }
        return v;
    }

    /** Every text of the copy, in field order (list entries one by one). */
    public List<String> texts() {
        List<String> all = new ArrayList<>();
        for (Object v : fields.values()) {
            if (v instanceof List<?> l) {
                l.forEach(x -> all.add((String) x));
            } else {
                all.add((String) v);
            }
        }
        return all;
    }

    /** The copy as one text, for embeddings, language detection and scores. */
    public String joined() {
        return String.join("\n", texts().stream().filter(s -> !s.isBlank()).toList());
    }

    /** A social post as published: the post followed by its hashtags. */
    public String published() {
        if (channel != Channel.SOCIAL) {
            return joined();
        }
        List<String> tags = list("hashtags");
        return tags.isEmpty() ? text("post") : text("post") + "\n" + String.join(" ", tags);
    }

    private static String text(@Nullable Object v, String name) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s.strip();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        throw MarketPilotException.invalid("Field '" + name + "' must be a text");
    }

    private static List<String> texts(@Nullable Object v, String name) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s.strip());
        }
        if (v instanceof List<?> l) {
            return l.stream().map(x -> text(x, name)).filter(s -> !s.isEmpty()).toList();
        }
        throw MarketPilotException.invalid("Field '" + name + "' must be a list of texts");
    }
}
