package io.marketpilot.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's own OpenAPI document read as a contract on its answers: every reply to an operation must carry a
 * status the operation documents, in a media type it documents, and a JSON body that validates against the schema
 * documented for that status, with object schemas closed ({@link ClosedSchemas}). Remembers which operation answered
 * which status, so a test can ask what was exercised.
 */
final class OpenApiContract {
    static final String PREFIX = "/api/v1";
    static final String DOCUMENT = PREFIX + "/openapi.json";

    /** A status an operation answered. */
    record Exercise(String operationId, int status) {}

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode document;
    private final List<OperationTemplate> operations;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build()));
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Set<Exercise> exercised = ConcurrentHashMap.newKeySet();

    OpenApiContract(JsonNode servedDocument) {
        this.document = servedDocument.deepCopy();
        ClosedSchemas.close(document);
        this.operations = OperationTemplate.all(document);
    }

    /** Every operation the document declares, in document order. */
    List<OperationTemplate> operations() {
        return operations;
    }

    Set<Exercise> exercised() {
        return Set.copyOf(exercised);
    }

    /**
     * The contract's verdict on one reply, empty when it holds. Paths outside {@code /api/v1}, CORS preflights and
     * paths that match no operation (an unknown endpoint or method, which the server answers 404 or 405, or 400 for a
     * hostile path) are not the document's business.
     */
    List<String> violations(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.split("\\?", 2)[0];
        if (!path.startsWith(PREFIX) || path.equals(DOCUMENT) || method.equals("OPTIONS")) {
            // a CORS preflight is the browser asking the CORS layer, not a call of an operation
            return List.of();
        }
        String asked = method.equals("HEAD") ? "GET" : method;
        // the router ignores one trailing slash, as Javalin does by default
        String route = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Optional<OperationTemplate> op = match(asked, route.substring(PREFIX.length()));
        if (op.isEmpty()) {
            // 400: the input guard refuses a hostile path before any route is matched
            return status == 400 || status == 404 || status == 405
                    ? List.of()
                    : List.of(method + " " + path + " matches no operation of the document yet answered " + status);
        }
        exercised.add(new Exercise(op.get().operationId(), status));
        String where = method + " " + op.get().template() + " (" + op.get().operationId() + ") answered " + status;
        JsonNode response = documentedResponse(op.get(), status);
        if (response == null) {
            return List.of(where + ", a status the document does not list for it: "
                    + fieldNames(op.get().node().path("responses")));
        }
        if (method.equals("HEAD")) {
            return List.of();
        }
        return bodyViolations(where, op.get().operationId(), status, response, contentType, body);
    }

    Optional<OperationTemplate> match(String method, String path) {
        return operations.stream()
                .filter(o -> o.method().equals(method) && o.matches(path))
                .max(Comparator.comparingInt(OperationTemplate::literalSegments));
    }

    private static JsonNode documentedResponse(OperationTemplate op, int status) {
        JsonNode responses = op.node().path("responses");
        for (String key : List.of(String.valueOf(status), (status / 100) + "XX", "default")) {
            if (responses.has(key)) {
                return responses.get(key);
            }
        }
        return null;
    }

    private List<String> bodyViolations(
            String where, String operationId, int status, JsonNode response, String contentType, String body) {
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            return body == null || body.isEmpty()
                    ? List.of()
                    : List.of(where + " with a body, but the document describes none: " + shorten(body));
        }
        String media = mediaType(contentType);
        if (!content.has(media)) {
            return List.of(where + " as " + media + ", but the document lists " + fieldNames(content));
        }
        if (!media.equals("application/json")) {
            return List.of();
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of(where + " with a body that is not JSON: " + e.getOriginalMessage() + ": " + shorten(body));
        }
        List<Error> errors = schema(
                        operationId, status, media, content.get(media).path("schema"))
                .validate(parsed);
        List<String> out = new ArrayList<>();
        for (Error e : errors) {
            out.add(where + ": at " + pointer(e) + " rule " + e.getKeyword() + " of " + e.getSchemaLocation() + ": "
                    + e.getMessage());
        }
        return out;
    }

    private Schema schema(String operationId, int status, String media, JsonNode responseSchema) {
        return schemas.computeIfAbsent(operationId + " " + status + " " + media, key -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.path("components"));
            root.setAll((ObjectNode) responseSchema.deepCopy());
            return registry.getSchema(root);
        });
    }

    private static String pointer(Error e) {
        String p = e.getInstanceLocation().toString();
        String property = e.getProperty();
        if (property != null && e.getKeyword() != null && e.getKeyword().endsWith("Properties")) {
            return (p.isEmpty() ? "" : p) + "/" + property;
        }
        return p.isEmpty() ? "/" : p;
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }

    /** One operation of the document with its path template split into segments for matching. */
    record OperationTemplate(String method, String template, String operationId, JsonNode node, List<String> segments) {
        static List<OperationTemplate> all(JsonNode document) {
            List<OperationTemplate> out = new ArrayList<>();
            document.path("paths").properties().forEach(path -> path.getValue()
                    .properties()
                    .forEach(op -> out.add(new OperationTemplate(
                            op.getKey().toUpperCase(Locale.ROOT),
                            path.getKey(),
                            op.getValue().path("operationId").asText(),
                            op.getValue(),
                            List.of(path.getKey().split("/", -1))))));
            return out;
        }

        boolean matches(String path) {
            String[] parts = path.split("/", -1);
            if (parts.length != segments.size()) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                String s = segments.get(i);
                boolean parameter = s.startsWith("{") && s.endsWith("}");
                if (parameter ? parts[i].isEmpty() : !s.equals(parts[i])) {
                    return false;
                }
            }
            return true;
        }

        int literalSegments() {
            return (int) segments.stream().filter(s -> !s.startsWith("{")).count();
        }
    }
}
