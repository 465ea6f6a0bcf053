package io.marketpilot.app.web.api;

import io.marketpilot.app.web.auth.Access;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the OpenAPI 3.1 document from the declared routes and the shared schemas. */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApiDocument() {}

    public static Map<String, Object> build(List<RouteSpec> routes, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put(
                "info",
                Map.of(
                        "title",
                        "MarketPilot API",
                        "version",
                        version,
                        "description",
                        "Self-hosted marketing assistant. Every call needs an API key"
                                + " (Authorization: Bearer <key>) unless marked public; errors are JSON {error, code, details}."));
        doc.put("servers", List.of(Map.of("url", ApiRegistry.PREFIX)));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (RouteSpec r : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path, p -> new LinkedHashMap<>());
            item.put(r.method.name().toLowerCase(Locale.ROOT), operation(r));
        }
        doc.put("paths", paths);
        doc.put(
                "components",
                Map.of(
                        "schemas", OpenApiSchemas.all(),
                        "securitySchemes", Map.of("apiKey", Map.of("type", "http", "scheme", "bearer"))));
        return doc;
    }

    private static Map<String, Object> operation(RouteSpec r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(r.tag));
        op.put("summary", r.summary);
        op.put("operationId", operationId(r));
        if (r.access == Access.PUBLIC) {
            op.put("security", List.of());
        } else {
            op.put("security", List.of(Map.of("apiKey", List.of())));
            op.put("x-required-role", r.access.name().toLowerCase(Locale.ROOT));
        }
        List<Object> params = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(r.path);
        while (m.find()) {
            params.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
        }
        for (RouteSpec.QueryParam q : r.query) {
            params.add(Map.of(
                    "name",
                    q.name(),
                    "in",
                    "query",
                    "description",
                    q.description(),
                    "schema",
                    Map.of("type", q.type())));
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        if (r.requestSchema != null) {
            op.put(
                    "requestBody",
                    Map.of(
                            "required",
                            true,
                            "content",
                            Map.of(r.requestContentType, Map.of("schema", ref(r.requestSchema)))));
        }
        op.put("responses", responses(r));
        return op;
    }

    private static Map<String, Object> responses(RouteSpec r) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("description", r.successStatus == 201 ? "Created" : "OK");
        if (r.responseSchema != null) {
            ok.put("content", Map.of("application/json", Map.of("schema", ref(r.responseSchema))));
        }
        responses.put(String.valueOf(r.successStatus), ok);
        Map<String, Object> error = Map.of("application/json", Map.of("schema", ref("Error")));
        responses.put("400", Map.of("description", "Invalid input", "content", error));
        if (r.access != Access.PUBLIC) {
            responses.put("401", Map.of("description", "No or unknown API key", "content", error));
            responses.put("403", Map.of("description", "The key's role is too low", "content", error));
        }
        if (r.path.contains("{")) {
            responses.put("404", Map.of("description", "Not found", "content", error));
        }
        return responses;
    }

    private static Map<String, Object> ref(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }

    private static String operationId(RouteSpec r) {
        String cleaned = r.path.replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_");
        return r.method.name().toLowerCase(Locale.ROOT) + cleaned;
    }
}
