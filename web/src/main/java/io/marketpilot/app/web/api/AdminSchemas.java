package io.marketpilot.app.web.api;

import io.marketpilot.core.input.FieldLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Schemas of the administrative answers: a customer's data export and erasure, the audit log, API keys. */
final class AdminSchemas {
    private AdminSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "CustomerExport",
                OpenApiSchemas.object(
                        List.of("customer", "attributes", "orders", "events", "reviews", "segments"),
                        "customer",
                        OpenApiSchemas.ref("Customer"),
                        "attributes",
                        OpenApiSchemas.attributes("The facts imported about the customer beyond the fixed fields"),
                        "orders",
                        Map.of("type", "array", "items", OpenApiSchemas.ref("Order")),
                        "events",
                        Map.of("type", "array", "items", OpenApiSchemas.ref("Event")),
                        "reviews",
                        Map.of("type", "array", "items", OpenApiSchemas.ref("Review")),
                        "segments",
                        OpenApiSchemas.ref("SegmentHistory")));
        s.put(
                "ForgetReport",
                Map.of(
                        "type", "object",
                        "description", "Rows deleted or anonymised per kind of data",
                        "additionalProperties", Map.of("type", "integer")));
        s.put(
                "AuditEntry",
                OpenApiSchemas.object(
                        List.of("id", "at", "actor", "action", "target"),
                        "id",
                        Map.of("type", "integer"),
                        "at",
                        OpenApiSchemas.localDateTime("When"),
                        "actor",
                        OpenApiSchemas.str("Who"),
                        "action",
                        OpenApiSchemas.str("What, e.g. import.orders, customer.forget"),
                        "target",
                        OpenApiSchemas.str("Which"),
                        "details",
                        OpenApiSchemas.str("Summary")));
        s.put(
                "ApiKey",
                OpenApiSchemas.object(
                        List.of("id", "name", "role"),
                        "id",
                        OpenApiSchemas.str("Key id (public part)"),
                        "name",
                        OpenApiSchemas.str("Label"),
                        "role",
                        Map.of("type", "string", "enum", List.of("VIEWER", "MARKETER", "ADMIN")),
                        "createdAt",
                        OpenApiSchemas.localDateTime("When it was issued"),
                        "revokedAt",
                        OpenApiSchemas.nullable(
                                OpenApiSchemas.localDateTime("When it was revoked; null while active"))));
        s.put("ApiKeyList", Map.of("type", "array", "items", OpenApiSchemas.ref("ApiKey")));
        s.put(
                "NewApiKey",
                OpenApiSchemas.object(
                        List.of("name", "role"),
                        "name",
                        OpenApiSchemas.str("Label", FieldLimits.NAME),
                        "role",
                        Map.of("type", "string", "enum", List.of("admin", "marketer", "viewer"))));
        s.put(
                "IssuedApiKey",
                OpenApiSchemas.object(
                        List.of("key", "secret"),
                        "key",
                        OpenApiSchemas.ref("ApiKey"),
                        "secret",
                        OpenApiSchemas.str("The key; shown only once")));
        s.put(
                "Revoked",
                OpenApiSchemas.object(List.of("revoked"), "revoked", OpenApiSchemas.str("The id of the key revoked")));
        return s;
    }
}
