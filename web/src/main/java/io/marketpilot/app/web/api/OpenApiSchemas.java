package io.marketpilot.app.web.api;

import io.marketpilot.core.input.FieldLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON schemas of the API's bodies, mirroring the records the handlers read and write. */
final class OpenApiSchemas {
    private OpenApiSchemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put(
                "Error",
                object(
                        List.of("error", "code"),
                        "error",
                        str("Human-readable message"),
                        "code",
                        str("Machine-readable code, e.g. invalid_input, not_found, unauthorized, forbidden"),
                        "details",
                        Map.of("description", "Structured details, e.g. row errors with line numbers"),
                        "id",
                        str("Incident id of an internal failure (code internal): the server log has the trace under"
                                + " it")));
        s.put(
                "Customer",
                object(
                        List.of("id"),
                        "id",
                        str("Customer id", FieldLimits.ID),
                        "email",
                        Map.of("type", List.of("string", "null"), "format", "email", "maxLength", FieldLimits.EMAIL),
                        "name",
                        nullableText(FieldLimits.NAME),
                        "country",
                        nullableText(FieldLimits.PLACE),
                        "city",
                        nullableText(FieldLimits.PLACE),
                        "signupDate",
                        Map.of("type", List.of("string", "null"), "format", "date"),
                        "attributes",
                        attributes("In a create or update: the customer's attributes, replacing theirs (absent keeps"
                                + " them); never in an answer, which gives them beside the customer")));
        s.put(
                "Product",
                object(
                        List.of("id", "name"),
                        "id",
                        str("Product id (SKU)", FieldLimits.ID),
                        "name",
                        str("Name", FieldLimits.PRODUCT_NAME),
                        "category",
                        nullableText(FieldLimits.CATEGORY),
                        "description",
                        nullableText(FieldLimits.DESCRIPTION),
                        "price",
                        nullable("number"),
                        "stock",
                        nullable("integer"),
                        "nameZh",
                        nullableText(FieldLimits.PRODUCT_NAME),
                        "descriptionZh",
                        nullableText(FieldLimits.DESCRIPTION)));
        s.put(
                "OrderLine",
                object(
                        List.of("lineNo", "quantity", "unitPrice", "amount"),
                        "lineNo",
                        Map.of("type", "integer"),
                        "productId",
                        nullableText(FieldLimits.ID),
                        "quantity",
                        Map.of("type", "number"),
                        "unitPrice",
                        Map.of("type", "number"),
                        "amount",
                        Map.of("type", "number"),
                        "kind",
                        Map.of(
                                "type",
                                "string",
                                "enum",
                                java.util.Arrays.stream(io.marketpilot.core.domain.LineKind.values())
                                        .map(Enum::name)
                                        .toList(),
                                "description",
                                "What the line is (default PRODUCT): postage, fees, discounts, vouchers and corrections"
                                        + " are kept in the order but are not products")));
        s.put(
                "Order",
                object(
                        List.of("id", "orderedAt", "kind", "lines"),
                        "id",
                        str("Order id", FieldLimits.ID),
                        "customerId",
                        nullableText(FieldLimits.ID),
                        "orderedAt",
                        localDateTime("When the order was placed"),
                        "country",
                        nullableText(FieldLimits.PLACE),
                        "kind",
                        Map.of("type", "string", "enum", List.of("SALE", "RETURN", "ADJUSTMENT")),
                        "lines",
                        Map.of("type", "array", "items", ref("OrderLine"))));
        s.put(
                "Event",
                object(
                        List.of("id", "type", "occurredAt"),
                        "id",
                        str("Event id (idempotency key)", FieldLimits.EVENT_ID),
                        "type",
                        str("e.g. page_view, email_open, click, add_to_cart", FieldLimits.EVENT_TYPE),
                        "customerId",
                        nullableText(FieldLimits.ID),
                        "productId",
                        nullableText(FieldLimits.ID),
                        "occurredAt",
                        localDateTime("When it happened"),
                        "properties",
                        Map.of(
                                "type",
                                "object",
                                "additionalProperties",
                                Map.of("type", "string"),
                                "description",
                                "At most " + FieldLimits.EVENT_PROPERTIES + " characters when written as JSON")));
        s.put(
                "Review",
                object(
                        List.of("id", "text", "channel", "language", "createdAt"),
                        "id",
                        str("Review id", FieldLimits.EVENT_ID),
                        "customerId",
                        nullableText(FieldLimits.ID),
                        "productId",
                        nullableText(FieldLimits.ID),
                        "text",
                        str("The review or post", FieldLimits.REVIEW_TEXT),
                        "rating",
                        nullable("integer"),
                        "channel",
                        str("review, twitter, …", FieldLimits.CHANNEL),
                        "language",
                        str("ISO 639-1, e.g. en, zh", FieldLimits.LANGUAGE),
                        "createdAt",
                        localDateTime("When it was written")));
        for (String item : List.of("Customer", "Product", "Order", "Event", "Review", "AuditEntry")) {
            s.put(item + "Page", page(item));
        }
        s.put(
                "ImportReport",
                object(
                        List.of("kind", "layout", "rows", "dryRun", "tables", "notes"),
                        "kind",
                        str("customers, products, orders, events or reviews"),
                        "layout",
                        str(
                                "Recognised layout: marketpilot, uci-online-retail, uci-online-retail-ii, superstore, cdnow"),
                        "notes",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                str("What the layout decided about rows that are not plain data (duplicates skipped,"
                                        + " fees kept as fees, stock adjustments…), with counts")),
                        "source",
                        str("File name"),
                        "rows",
                        Map.of("type", "integer"),
                        "dryRun",
                        Map.of("type", "boolean"),
                        "tables",
                        Map.of(
                                "type",
                                "object",
                                "additionalProperties",
                                object(
                                        List.of("added", "existing"),
                                        "added",
                                        Map.of("type", "integer"),
                                        "existing",
                                        Map.of("type", "integer")))));
        s.put("Upload", object(List.of("file"), "file", Map.of("type", "string", "format", "binary")));
        s.put(
                "Kpis",
                object(
                        List.of(),
                        "customers",
                        Map.of("type", "integer"),
                        "products",
                        Map.of("type", "integer"),
                        "orders",
                        Map.of("type", "integer"),
                        "returns",
                        Map.of("type", "integer"),
                        "revenue",
                        Map.of("type", "number"),
                        "averageOrderValue",
                        Map.of("type", "number"),
                        "reviews",
                        Map.of("type", "integer"),
                        "firstOrder",
                        nullable(localDateTime("The first order")),
                        "lastOrder",
                        nullable(localDateTime("The latest order"))));
        s.put(
                "MonthRevenueList",
                Map.of(
                        "type",
                        "array",
                        "items",
                        object(
                                List.of("month", "revenue", "orders"),
                                "month",
                                str("YYYY-MM"),
                                "revenue",
                                Map.of("type", "number"),
                                "orders",
                                Map.of("type", "integer"))));
        s.put(
                "ProductRevenueList",
                Map.of(
                        "type",
                        "array",
                        "items",
                        object(
                                List.of("productId", "revenue"),
                                "productId",
                                str("Product id"),
                                "name",
                                str("Name"),
                                "revenue",
                                Map.of("type", "number"),
                                "quantity",
                                Map.of("type", "number"),
                                "orders",
                                Map.of("type", "integer"))));
        s.put(
                "CustomerDetail",
                object(
                        List.of("customer", "summary", "attributes"),
                        "customer",
                        ref("Customer"),
                        "attributes",
                        attributes("The facts imported about the customer beyond the fixed fields (a customer file's"
                                + " other columns, by normalised name: gender, birthdate, loyaltytier, …)"),
                        "summary",
                        object(
                                List.of("orders", "revenue"),
                                "orders",
                                Map.of("type", "integer"),
                                "revenue",
                                Map.of("type", "number", "description", "Net: sales less returns"),
                                "firstOrder",
                                nullable(localDateTime("The first order")),
                                "lastOrder",
                                nullable(localDateTime("The latest order")))));
        s.put(
                "EventBatch",
                Map.of("type", "array", "items", Map.of("anyOf", List.of(ref("Event"), ref("ExperimentEvent")))));
        s.put("Deleted", object(List.of("deleted"), "deleted", str("The id of what was deleted")));
        s.putAll(AdminSchemas.all());
        s.putAll(AnalysisSchemas.all());
        s.putAll(ModelSchemas.all());
        s.putAll(RecommendationSchemas.all());
        s.putAll(LlmSchemas.all());
        s.putAll(SupportSchemas.all());
        s.putAll(ExperimentSchemas.all());
        s.putAll(ExperimentReportSchemas.all());
        s.putAll(ContentSchemas.all());
        s.putAll(ListeningSchemas.all());
        s.putAll(JobsApi.schemas());
        s.putAll(CampaignSchemas.all());
        s.putAll(WebhookSchemas.all());
        s.putAll(JourneySchemas.all());
        s.putAll(CopilotSchemas.all());
        s.putAll(ClassifierApi.schemas());
        return s;
    }

    static Map<String, Object> page(String item) {
        return object(
                List.of("items", "total", "offset", "limit"),
                "items",
                Map.of("type", "array", "items", ref(item)),
                "total",
                Map.of("type", "integer"),
                "offset",
                Map.of("type", "integer"),
                "limit",
                Map.of("type", "integer"));
    }

    static Map<String, Object> object(List<String> required, Object... properties) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            props.put((String) properties[i], properties[i + 1]);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "object");
        if (!required.isEmpty()) {
            o.put("required", required);
        }
        o.put("properties", props);
        return o;
    }

    static Map<String, Object> str(String description) {
        return Map.of("type", "string", "description", description);
    }

    /** A string of at most {@code maxLength} characters: the width of the store's column it goes into. */
    static Map<String, Object> str(String description, int maxLength) {
        return Map.of("type", "string", "description", description, "maxLength", maxLength);
    }

    static Map<String, Object> nullable(String type) {
        return Map.of("type", List.of(type, "null"));
    }

    /** Customer attributes: normalised names (lower-case letters and digits) to values. */
    static Map<String, Object> attributes(String description) {
        return Map.of(
                "type",
                "object",
                "description",
                description + "; names are lower-case letters and digits, at most " + FieldLimits.ATTRIBUTE_NAME
                        + " characters",
                "maxProperties",
                io.marketpilot.core.domain.CustomerAttribute.MAX_PER_CUSTOMER,
                "additionalProperties",
                Map.of("type", "string", "maxLength", FieldLimits.ATTRIBUTE_VALUE));
    }

    static Map<String, Object> nullableText(int maxLength) {
        return Map.of("type", List.of("string", "null"), "maxLength", maxLength);
    }

    /**
     * A date and time as the store keeps it and the server writes it: ISO 8601 local time without an offset (the
     * server's zone), e.g. {@code 2024-11-01T09:58} or {@code 2024-11-01T09:58:30.5}; not an RFC 3339 date-time.
     */
    static Map<String, Object> localDateTime(String description) {
        return Map.of(
                "type",
                "string",
                "format",
                "local-date-time",
                "pattern",
                "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$",
                "description",
                description + " (ISO 8601 local time, no offset)");
    }

    /** The schema, or null. */
    static Map<String, Object> nullable(Map<String, Object> schema) {
        return Map.of("anyOf", List.of(schema, Map.of("type", "null")));
    }

    static Map<String, Object> ref(String schema) {
        return Map.of("$ref", "#/components/schemas/" + schema);
    }
}
