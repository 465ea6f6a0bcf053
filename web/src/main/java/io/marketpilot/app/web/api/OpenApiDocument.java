package io.marketpilot.app.web.api;

import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.ErrorCode;
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
                                + " (Authorization: Bearer <key>) unless marked public; errors are JSON {error, code, details}."
                                + " An assistant (an MCP client) reaches the copilot's tools at /mcp (MCP Streamable HTTP)"
                                + " with the same keys and roles."));
        doc.put("servers", List.of(Map.of("url", ApiRegistry.PREFIX)));
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        for (RouteSpec r : routes) {
            paths.computeIfAbsent(r.path, p -> new LinkedHashMap<>())
                    .put(r.method.name().toLowerCase(Locale.ROOT), operation(r));
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
        responses.put(String.valueOf(r.successStatus), success(r));
        error(responses, ErrorCode.INVALID_INPUT, "Invalid input: the message names the field and the rule");
        if (r.access != Access.PUBLIC) {
            error(responses, ErrorCode.UNAUTHORIZED, "No or unknown API key");
            error(responses, ErrorCode.FORBIDDEN, "The key's role is too low");
        }
        if (r.path.contains("{")) {
            error(responses, ErrorCode.NOT_FOUND, "Not found");
        }
        if (r.requestSchema != null) {
            error(responses, ErrorCode.PAYLOAD_TOO_LARGE, "The body is over the limit");
        }
        for (RouteSpec.Failure f : r.failures) {
            error(responses, f.code(), f.when());
        }
        // any operation: a long path parameter with long query values passes 8 KB before a route is chosen
        error(responses, ErrorCode.URI_TOO_LONG, "The path and query are over 8 KB");
        error(responses, ErrorCode.INTERNAL, "Internal failure: the answer's id finds the trace in the server log");
        return responses;
    }

    private static Map<String, Object> success(RouteSpec r) {
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("description", description(r.successStatus));
        Map<String, Object> content = new LinkedHashMap<>();
        if (r.responseSchema != null) {
            content.put("application/json", Map.of("schema", ref(r.responseSchema)));
        }
        for (RouteSpec.Alternative a : r.alternatives) {
            content.put(a.mediaType(), Map.of("schema", Map.of("type", "string", "description", a.description())));
        }
        if (!content.isEmpty()) {
            ok.put("content", content);
        }
        return ok;
    }

    private static String description(int status) {
        return switch (status) {
            case 201 -> "Created";
            case 202 -> "Accepted: queued, done later";
            default -> "OK";
        };
    }

    /** An error status; two reasons for the same status are joined, since a status has one entry. */
    private static void error(Map<String, Object> responses, ErrorCode code, String when) {
        String status = String.valueOf(code.httpStatus());
        String description = responses.containsKey(status)
                ? ((Map<?, ?>) responses.get(status)).get("description") + "; " + when
                : when;
        responses.put(
                status,
                Map.of(
                        "description",
                        description,
                        "content",
                        Map.of("application/json", Map.of("schema", ref("Error")))));
    }

    private static Map<String, Object> ref(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }

    private static String operationId(RouteSpec r) {
        String cleaned = r.path.replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", "_");
        return r.method.name().toLowerCase(Locale.ROOT) + cleaned;
    }
}
