package io.marketpilot.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Closes every object schema of an OpenAPI document that does not say what it does with undeclared properties
 * ({@code additionalProperties: false}): a field in a response that the document does not name is drift, not an
 * extension, so the contract test must fail on it. A schema that means to be open says so with its own
 * {@code additionalProperties} and is left alone.
 */
final class ClosedSchemas {
    private static final List<String> SCHEMA_LISTS = List.of("anyOf", "oneOf", "allOf", "prefixItems");
    private static final List<String> SUB_SCHEMAS = List.of("items", "not", "additionalProperties", "contains");

    private ClosedSchemas() {}

    /** Closes, in place, the schemas under {@code components.schemas} and every operation's inline schemas. */
    static void close(JsonNode document) {
        document.path("components").path("schemas").forEach(ClosedSchemas::closeSchema);
        document.path("paths")
                .forEach(item -> item.forEach(op -> op.path("responses").forEach(response -> response.path("content")
                        .forEach(media -> closeSchema(media.path("schema"))))));
    }

    private static void closeSchema(JsonNode schema) {
        if (!(schema instanceof ObjectNode node) || node.has("$ref")) {
            return;
        }
        if (isObject(node) && !node.has("additionalProperties") && !node.has("unevaluatedProperties")) {
            node.put("additionalProperties", false);
        }
        node.path("properties").forEach(ClosedSchemas::closeSchema);
        SUB_SCHEMAS.forEach(key -> closeSchema(node.path(key)));
        SCHEMA_LISTS.forEach(key -> node.path(key).forEach(ClosedSchemas::closeSchema));
    }

    private static boolean isObject(ObjectNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (each.asText().equals("object")) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals("object") || (type.isMissingNode() && schema.has("properties"));
    }
}
