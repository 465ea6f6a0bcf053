package io.marketpilot.app.web.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.marketpilot.app.web.Json;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The schema of an answer record as the server's own JSON mapper writes it (names from its annotations, every
 * component present), so that the document and the wire cannot disagree about a field; the MCP server describes its
 * tools' answers with it too. A component may be null on the wire only where the record says {@code @Nullable};
 * lists, string-keyed maps, instants, enums (by their constants' names) and nested records are described from their
 * declared types.
 */
public final class RecordSchemas {
    private static final ObjectMapper JSON = Json.mapper();

    private RecordSchemas() {}

    /**
     * The record's schema, closed; {@code descriptions} are pairs of a property name and its description, and naming a
     * property the record does not write fails at start-up rather than documenting a field that is not there.
     */
    public static Map<String, Object> of(Class<? extends Record> type, String description, String... descriptions) {
        Map<String, Object> schema = closed(type, pairs(descriptions));
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("type", "object");
        described.put("description", description);
        described.putAll(schema);
        return described;
    }

    private static Map<String, Object> closed(Class<?> type, Map<String, String> described) {
        Set<String> nullable = nullableComponents(type);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (BeanPropertyDefinition p : JSON.getSerializationConfig()
                .introspect(JSON.constructType(type))
                .findProperties()) {
            Map<String, Object> schema = new LinkedHashMap<>(
                    schema(type, p.getName(), p.getPrimaryType(), nullable.contains(p.getInternalName())));
            String said = described.remove(p.getName());
            if (said != null) {
                schema.put("description", said);
            }
            properties.put(p.getName(), schema);
            required.add(p.getName());
        }
        if (!described.isEmpty()) {
            throw new IllegalStateException(type.getSimpleName() + " writes no " + described.keySet());
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("required", required);
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }

    /** The names of a record's components declared {@code @Nullable} (JSpecify's annotation is kept at run time). */
    private static Set<String> nullableComponents(Class<?> type) {
        Set<String> names = new HashSet<>();
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            return names;
        }
        for (RecordComponent c : components) {
            if (c.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                names.add(c.getName());
            }
        }
        return names;
    }

    private static Map<String, Object> schema(Class<?> owner, String name, JavaType t, boolean nullable) {
        Class<?> raw = t.getRawClass();
        if (raw == double.class || raw == float.class) {
            return Map.of("type", "number");
        }
        if (raw == int.class || raw == long.class || raw == short.class) {
            return Map.of("type", "integer");
        }
        if (raw == boolean.class) {
            return Map.of("type", "boolean");
        }
        if (raw == Double.class || raw == Float.class) {
            return Map.of("type", List.of("number", "null"));
        }
        if (raw == Integer.class || raw == Long.class) {
            return Map.of("type", List.of("integer", "null"));
        }
        if (raw == Boolean.class) {
            return Map.of("type", List.of("boolean", "null"));
        }
        Map<String, Object> schema;
        if (raw == String.class) {
            schema = Map.of("type", "string");
        } else if (raw == Instant.class) {
            schema = Map.of("type", "string", "format", "date-time");
        } else if (raw.isEnum()) {
            schema = Map.of("type", "string", "enum", constants(raw));
        } else if (t.isCollectionLikeType()) {
            schema = Map.of("type", "array", "items", content(owner, name, t.getContentType()));
        } else if (t.isMapLikeType() && t.getKeyType().getRawClass() == String.class) {
            schema = Map.of("type", "object", "additionalProperties", content(owner, name, t.getContentType()));
        } else if (raw.isRecord()) {
            schema = closed(raw, new LinkedHashMap<>());
        } else {
            throw new IllegalStateException(owner.getSimpleName() + "." + name + ": no schema for " + t
                    + " yet; teach RecordSchemas.schema or describe it by hand");
        }
        if (!nullable) {
            return schema;
        }
        if (schema.get("type") instanceof String simple && schema.size() == 1) {
            return Map.of("type", List.of(simple, "null"));
        }
        return Map.of("anyOf", List.of(schema, Map.of("type", "null")));
    }

    /** An enum's constants as the mapper writes them: their names. */
    private static List<String> constants(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }

    /** The schema of a list's items or a map's values: present, since the doors never put a null in either. */
    private static Map<String, Object> content(Class<?> owner, String name, JavaType t) {
        Class<?> raw = t.getRawClass();
        if (raw == Double.class || raw == Float.class) {
            return Map.of("type", "number");
        }
        if (raw == Integer.class || raw == Long.class) {
            return Map.of("type", "integer");
        }
        return schema(owner, name, t, false);
    }

    private static Map<String, String> pairs(String... nameDescription) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nameDescription.length; i += 2) {
            out.put(nameDescription[i], nameDescription[i + 1]);
        }
        return out;
    }
}
