package io.marketpilot.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The operations an OpenAPI document declares, and plausible request bodies drawn from its schemas, so that a fuzzer
 * reaches past the first "invalid JSON" check into the handlers.
 */
final class OpenApiOperations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One operation: method, path template, its parameters and its request body's content type and schema. */
    record Operation(
            String method,
            String path,
            String operationId,
            boolean isPublic,
            List<String> pathParams,
            Map<String, String> queryParams,
            Optional<String> bodyContentType,
            Optional<JsonNode> bodySchema) {}

    /** A string field of a sampled body that the schema limits: where it is and how long it may be. */
    record Limited(ObjectNode holder, String field, int maxLength) {}

    /** A body that fits its schema, and the fields whose limits can be tried one at a time. */
    record Fitting(JsonNode body, List<Limited> limited) {}

    private final JsonNode schemas;

    OpenApiOperations(JsonNode document) {
        this.schemas = document.path("components").path("schemas");
    }

    static List<Operation> read(JsonNode document) {
        List<Operation> out = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue()
                .properties()
                .forEach(op -> out.add(operation(path.getKey(), op.getKey(), op.getValue()))));
        return out;
    }

    private static Operation operation(String path, String method, JsonNode op) {
        List<String> pathParams = new ArrayList<>();
        Map<String, String> queryParams = new LinkedHashMap<>();
        for (JsonNode p : op.path("parameters")) {
            if (p.path("in").asText().equals("path")) {
                pathParams.add(p.path("name").asText());
            } else {
                queryParams.put(
                        p.path("name").asText(), p.path("schema").path("type").asText("string"));
            }
        }
        Optional<String> contentType = Optional.empty();
        Optional<JsonNode> schema = Optional.empty();
        var content = op.path("requestBody").path("content").properties().iterator();
        if (content.hasNext()) {
            var entry = content.next();
            contentType = Optional.of(entry.getKey());
            schema = Optional.of(entry.getValue().path("schema"));
        }
        return new Operation(
                method.toUpperCase(Locale.ROOT),
                path,
                op.path("operationId").asText(),
                op.path("security").isArray() && op.path("security").isEmpty(),
                pathParams,
                queryParams,
                contentType,
                schema);
    }

    /** A value that fits the schema, no string at its limit, with the limited string fields listed. */
    Fitting fitting(JsonNode schema, Random random) {
        List<Limited> limited = new ArrayList<>();
        return new Fitting(sample(schema, random, 0, limited), limited);
    }

    /**
     * A value that fits the schema as a careful client would send it (references followed, enums respected), with
     * strings sometimes at or one past their {@code maxLength}.
     */
    JsonNode sample(JsonNode schema, Random random, int depth) {
        return sample(schema, random, depth, null);
    }

    /** {@code limited} null: edges allowed; else no edges, and every limited string field is added to it. */
    private JsonNode sample(JsonNode schema, Random random, int depth, List<Limited> limited) {
        JsonNode s = resolve(schema);
        if (s.has("anyOf")) {
            return sample(s.get("anyOf").get(random.nextInt(s.get("anyOf").size())), random, depth, limited);
        }
        if (s.has("enum")) {
            return s.get("enum").get(random.nextInt(s.get("enum").size()));
        }
        return switch (type(s)) {
            case "object" -> object(s, random, depth, limited);
            case "array" -> array(s, random, depth, limited);
            case "integer" -> NODES.numberNode(random.nextInt(5) + 1);
            case "number" -> NODES.numberNode(random.nextDouble() * 10);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            default -> NODES.textNode(text(s, random, limited == null));
        };
    }

    private JsonNode object(JsonNode s, Random random, int depth, List<Limited> limited) {
        ObjectNode o = NODES.objectNode();
        if (depth > 4) {
            return o;
        }
        s.path("properties").properties().forEach(p -> {
            JsonNode value = sample(p.getValue(), random, depth + 1, limited);
            o.set(p.getKey(), value);
            int max = resolve(p.getValue()).path("maxLength").asInt(0);
            if (limited != null && max > 0 && value.isTextual()) {
                limited.add(new Limited(o, p.getKey(), max));
            }
        });
        if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
            o.set("key" + random.nextInt(3), sample(s.get("additionalProperties"), random, depth + 1, limited));
        }
        return o;
    }

    private JsonNode array(JsonNode s, Random random, int depth, List<Limited> limited) {
        ArrayNode a = NODES.arrayNode();
        int n = depth > 4 ? 0 : 1 + random.nextInt(limited == null ? 3 : 1);
        for (int i = 0; i < n; i++) {
            a.add(sample(s.path("items"), random, depth + 1, limited));
        }
        return a;
    }

    private static String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (!each.asText().equals("null")) {
                    return each.asText();
                }
            }
            return "null";
        }
        return t.asText(s.has("properties") ? "object" : "string");
    }

    /**
     * A string as a client would send it; where the schema declares a {@code maxLength}, sometimes exactly that long
     * (which must be stored) or one character longer (which must be refused with a 4xx).
     */
    private static String text(JsonNode s, Random random, boolean edges) {
        int max = s.path("maxLength").asInt(0);
        if (edges && max > 0 && random.nextInt(4) == 0) {
            return "é".repeat(random.nextBoolean() ? max : max + 1);
        }
        return switch (s.path("format").asText()) {
            case "date" -> "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            case "date-time", "local-date-time" ->
                "2024-03-1" + random.nextInt(10) + "T10:0" + random.nextInt(10) + ":00";
            case "email" -> "fuzz-" + random.nextInt(1000) + "@example.com";
            default -> "fuzz-" + random.nextInt(1000);
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }
}
