package io.marketpilot.app.web.api;

import io.javalin.http.HandlerType;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Routes;
import java.util.ArrayList;
import java.util.List;

/** Declares REST routes under {@code /api/v1} through {@link Routes} and remembers them for the OpenAPI document. */
public final class ApiRegistry {
    public static final String PREFIX = "/api/v1";

    private final Routes server;
    private final List<RouteSpec> routes = new ArrayList<>();

    public ApiRegistry(Routes server) {
        this.server = server;
    }

    public RouteSpec get(String path, Access access, String tag, String summary) {
        return route(HandlerType.GET, path, access, tag, summary);
    }

    public RouteSpec post(String path, Access access, String tag, String summary) {
        return route(HandlerType.POST, path, access, tag, summary);
    }

    public RouteSpec put(String path, Access access, String tag, String summary) {
        return route(HandlerType.PUT, path, access, tag, summary);
    }

    public RouteSpec delete(String path, Access access, String tag, String summary) {
        return route(HandlerType.DELETE, path, access, tag, summary);
    }

    private RouteSpec route(HandlerType method, String path, Access access, String tag, String summary) {
        return new RouteSpec(method, path, access, tag, summary, (spec, handler) -> {
            routes.add(spec);
            server.api(method, PREFIX + path, access, handler);
        });
    }

    public List<RouteSpec> routes() {
        return List.copyOf(routes);
    }
}
