package io.marketpilot.app.web.auth;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;

/**
 * Makes {@code HEAD} a {@code GET} without the body, access rules included. Left alone, Javalin answers HEAD on any
 * path that has a GET route with an empty 200 and runs neither the route's access check nor its handler, so a
 * protected resource looked present to anyone. Here every GET route, as it is added, gets a HEAD twin with the same
 * handler and roles: the {@code beforeMatched} check and the dashboard's sign-in redirect run as for GET, and the
 * server sends GET's status and headers without the body.
 */
public final class HeadFollowsGet {
    private HeadFollowsGet() {}

    /** Installs the mirror; call it before any route is added, since only routes added later are mirrored. */
    public static void install(Javalin javalin) {
        javalin.events(events -> events.handlerAdded(route -> {
            if (route.getHttpMethod() == HandlerType.GET) {
                javalin.addHttpHandler(
                        HandlerType.HEAD,
                        route.getPath(),
                        route.getHandler(),
                        route.getRoles().toArray(RouteRole[]::new));
            }
        }));
    }
}
