package io.marketpilot.app.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.marketpilot.app.web.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema of an answer record as the server's own JSON mapper writes it (names from its annotations, every
 * component present), so that the document and the wire cannot disagree about a field.
 */
final class RecordSchemas {
    private static final ObjectMapper JSON = Json.mapper();

    private RecordSchemas() {}

    /**
     * The record's schema, closed; {@code descriptions} are pairs of a property name and its description, and naming a
     * property the record does not write fails at start-up rather than documenting a field that is not there.
     */
    static Map<String, Object> of(Class<? extends Record> type, String description, String... descriptions) {
        Map<String, String> described = pairs(descriptions);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (BeanPropertyDefinition p : JSON.getSerializationConfig()
                .introspect(JSON.constructType(type))
                .findProperties()) {
            Map<String, Object> schema = new LinkedHashMap<>(type(type, p));
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
        schema.put("description", description);
        schema.put("required", required);
        schema.put("properties", properties);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> type(Class<?> owner, BeanPropertyDefinition p) {
        Class<?> t = p.getRawPrimaryType();
        if (t == double.class || t == float.class) {
            return Map.of("type", "number");
        }
        if (t == int.class || t == long.class || t == short.class) {
            return Map.of("type", "integer");
        }
        if (t == boolean.class) {
            return Map.of("type", "boolean");
        }
        if (t == String.class) {
            return Map.of("type", "string");
        }
        if (t == Double.class || t == Float.class) {
            return Map.of("type", List.of("number", "null"));
        }
        if (t == Integer.class || t == Long.class) {
            return Map.of("type", List.of("integer", "null"));
        }
        throw new IllegalStateException(owner.getSimpleName() + "." + p.getName() + ": no schema for " + t
                + " yet; teach RecordSchemas.type or describe it by hand");
    }

    private static Map<String, String> pairs(String... nameDescription) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < nameDescription.length; i += 2) {
            out.put(nameDescription[i], nameDescription[i + 1]);
        }
        return out;
    }
}
