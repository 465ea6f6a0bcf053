package io.marketpilot.app.web.api;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One REST route as declared: method, path, who may call it and what it takes and returns. The same declaration
 * registers the handler and writes the OpenAPI entry, so the document cannot drift from the server.
 */
public final class RouteSpec {
    /** A query parameter with its OpenAPI type and description. */
    public record QueryParam(String name, String type, String description) {}

    /** An error the route answers beyond those every route may answer, and when. */
    public record Failure(ErrorCode code, String when) {}

    /** A media type the success answer comes in besides JSON (a download, a stream), and what it holds. */
    public record Alternative(String mediaType, String description) {}

    final HandlerType method;
    final String path;
    final Access access;
    final String tag;
    final String summary;
    final List<QueryParam> query = new ArrayList<>();
    /** The request body's schema; null for a route that takes no body. */
    @Nullable
    String requestSchema;

    String requestContentType = "application/json";
    /** The JSON answer's schema; null for a route that answers no JSON (204, a download only). */
    @Nullable
    String responseSchema;

    final List<Alternative> alternatives = new ArrayList<>();
    final List<Failure> failures = new ArrayList<>();
    int successStatus = 200;
    private final BiConsumer<RouteSpec, Handler> onReady;

    RouteSpec(
            HandlerType method,
            String path,
            Access access,
            String tag,
            String summary,
            BiConsumer<RouteSpec, Handler> onReady) {
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

    /** The success answer is a file, not JSON: one of these media types, as the request asks. */
    public RouteSpec download(String description, String... mediaTypes) {
        for (String type : mediaTypes) {
            alternatives.add(new Alternative(type, description));
        }
        return this;
    }

    /** Besides its JSON answer, the route answers in this media type when the client asks for it. */
    public RouteSpec alsoAnswers(String mediaType, String description) {
        alternatives.add(new Alternative(mediaType, description));
        return this;
    }

    /**
     * Documents an error this route answers besides those any route may (invalid input, a missing or weak key, a
     * missing path entity, a body too large, an internal failure).
     */
    public RouteSpec fails(ErrorCode code, String when) {
        failures.add(new Failure(code, when));
        return this;
    }

    /** The route reads a model built in the background, which is not there before its first build. */
    public RouteSpec readsBuiltModel() {
        return fails(
                ErrorCode.UNAVAILABLE,
                "The model is being built for the first time: details.retryAfterSeconds says when to try again");
    }

    /** Ends the declaration: the route is registered with its handler. */
    public void handle(Handler h) {
        onReady.accept(this, h);
    }
}
