package io.marketpilot.app.web.api;

import java.util.Map;

/** Schemas of plain JSON types, shared by the schema tables. */
final class JsonTypes {
    private JsonTypes() {}

    static Map<String, Object> integer() {
        return Map.of("type", "integer");
    }

    static Map<String, Object> number() {
        return Map.of("type", "number");
    }

    static Map<String, Object> array(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }
}
