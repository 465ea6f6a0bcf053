package io.marketpilot.app.web.auth;

import io.javalin.http.HandlerType;

/**
 * One route as declared: its method and path (Javalin's syntax, {@code {id}} for a parameter, {@code *} for a tree of
 * files), who may call it, and how a caller who may not is answered.
 */
public record Route(HandlerType method, String path, Access access, Refusal refusal) {
    @Override
    public String toString() {
        return method + " " + path + " (" + access.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
