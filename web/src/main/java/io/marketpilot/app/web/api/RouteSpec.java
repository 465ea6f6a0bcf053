package io.marketpilot.app.web.api;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.marketpilot.app.web.auth.Access;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One REST route as declared: method, path, who may call it and what it takes and returns. The same declaration
 * registers the handler and writes the OpenAPI entry, so the document cannot drift from the server.
 */
public final class RouteSpec {
    /** A query parameter with its OpenAPI type and description. */
    public record QueryParam(String name, String type, String description) {}

    final HandlerType method;
    final String path;
    final Access access;
    final String tag;
    final String summary;
    final List<QueryParam> query = new ArrayList<>();
    String requestSchema;
    String requestContentType = "application/json";
    String responseSchema;
    int successStatus = 200;
    Handler handler;
    private final Consumer<RouteSpec> onReady;

    RouteSpec(HandlerType method, String path, Access access, String tag, String summary, Consumer<RouteSpec> onReady) {
        this.method = method;
        this.path = path;
        this.access = access;
        this.tag = tag;
        this.summary = summary;
        this.onReady = onReady;
    }

    public RouteSpec query(String name, String type, String description) {
        query.add(new QueryParam(name, type, description));
        return this;
    }

    /** Adds the standard {@code offset}, {@code limit} and {@code q} paging parameters. */
    public RouteSpec paged() {
        return query("offset", "integer", "Rows to skip (default 0)")
                .query("limit", "integer", "Rows to return, 1–500 (default 50)")
                .query("q", "string", "Case-insensitive search term");
    }

    public RouteSpec body(String schema) {
        this.requestSchema = schema;
        return this;
    }

    public RouteSpec upload() {
        this.requestSchema = "Upload";
        this.requestContentType = "multipart/form-data";
        return this;
    }

    public RouteSpec returns(String schema) {
        this.responseSchema = schema;
        return this;
    }

    public RouteSpec created(String schema) {
        this.responseSchema = schema;
        this.successStatus = 201;
        return this;
    }

    /** The request is taken and done later (a queued job): 202 Accepted. */
    public RouteSpec accepted(String schema) {
        this.responseSchema = schema;
        this.successStatus = 202;
        return this;
    }

    public void handle(Handler h) {
        this.handler = h;
        onReady.accept(this);
    }
}
