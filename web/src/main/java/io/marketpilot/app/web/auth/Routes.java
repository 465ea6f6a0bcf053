package io.marketpilot.app.web.auth;

import io.javalin.Javalin;
import io.javalin.config.StaticFilesConfig;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one way a route reaches the server, and the one place its access is enforced. Each route is declared with its
 * {@link Access} and {@link Refusal}; the declaration travels with the handler as its Javalin role, and a
 * {@code beforeMatched} check reads it before any handler runs, so handlers never check the caller themselves. A route
 * added to Javalin any other way stops the server at start-up, and a request that matches something undeclared (a
 * file tree added without {@link #publicFiles}) is refused with a 500 rather than served.
 *
 * <p>A GET route gets a HEAD twin with the same handler and declaration: left alone, Javalin answers HEAD on any path
 * that has a GET route with an empty 200 and runs neither the access check nor the handler, so a protected resource
 * would look present to anyone. With the twin, HEAD is answered with GET's status and headers and no body.
 */
public final class Routes {
    /** Where a dashboard caller without a session is sent. */
    public static final String SIGN_IN_PAGE = "/login";

    private final Authenticator auth;
    private final List<Route> endpoints = new ArrayList<>();
    private final List<Route> files = new ArrayList<>();
    /** The server, once {@link #attach} has been called; routes can be declared only from then on. */
    private @Nullable Javalin javalin;

    public Routes(Authenticator auth) {
        this.auth = auth;
    }

    /** The declaration as Javalin carries it, a role only this class can make. */
    private record Declared(Route route) implements RouteRole {}

    /** Thrown by the check when a dashboard route is called without a session: answered with the log-in form. */
    private static final class SignInFirst extends RuntimeException {
        SignInFirst() {
            super("sign in first", null, false, false);
        }
    }

    /** Serves a classpath folder at {@code hostedPath} to anyone; call it while configuring Javalin. */
    public void publicFiles(StaticFilesConfig config, String hostedPath, String directory) {
        Route route = file(hostedPath);
        config.add(f -> {
            f.hostedPath = hostedPath;
            f.directory = directory;
            f.location = Location.CLASSPATH;
            f.roles = Set.of(new Declared(route));
        });
    }

    /** Serves the WebJars (htmx, Chart.js) under {@code /webjars} to anyone, as Javalin's own webjar setting does. */
    public void publicWebjars(StaticFilesConfig config) {
        Route route = file("/webjars");
        config.add(f -> {
            f.directory = "META-INF/resources/webjars"; // Javalin serves this folder under /webjars
            f.headers = Map.of("Cache-Control", "max-age=31622400");
            f.roles = Set.of(new Declared(route));
        });
    }

    private Route file(String hostedPath) {
        Route route = new Route(HandlerType.GET, hostedPath + "/*", Access.PUBLIC, Refusal.JSON);
        files.add(route);
        return route;
    }

    /**
     * Takes charge of {@code javalin}'s routes: from now on every route must come through here, and each request's
     * route is checked before its handler. Call it before any route is added.
     */
    public void attach(Javalin javalin) {
        List<String> early = existing(javalin);
        if (!early.isEmpty()) {
            throw new IllegalStateException("Routes added before access was in place: " + early);
        }
        this.javalin = javalin;
        javalin.events(events -> {
            events.handlerAdded(Routes::requireDeclared);
            events.wsHandlerAdded(ws -> {
                throw new IllegalStateException("WebSocket " + ws.getPath() + " has no access rule: none is supported");
            });
        });
        javalin.beforeMatched(this::check);
        javalin.exception(SignInFirst.class, (e, ctx) -> ctx.redirect(SIGN_IN_PAGE));
    }

    /** An API route: a refused caller gets the JSON error. */
    public void api(HandlerType method, String path, Access access, Handler handler) {
        add(new Route(method, path, access, Refusal.JSON), handler);
    }

    /** A dashboard page (GET): a caller without a session is sent to the log-in form. */
    public void page(String path, Access access, Handler handler) {
        add(new Route(HandlerType.GET, path, access, Refusal.SIGN_IN), handler);
    }

    /** A dashboard form (POST): a caller without a session is sent to the log-in form. */
    public void form(String path, Access access, Handler handler) {
        add(new Route(HandlerType.POST, path, access, Refusal.SIGN_IN), handler);
    }

    private void add(Route route, Handler handler) {
        declare(route, handler);
        if (route.method() == HandlerType.GET) {
            declare(new Route(HandlerType.HEAD, route.path(), route.access(), route.refusal()), handler);
        }
    }

    private void declare(Route route, Handler handler) {
        if (javalin == null) {
            throw new IllegalStateException("Attach the routes to the server before declaring " + route);
        }
        endpoints.add(route);
        javalin.addHttpHandler(route.method(), route.path(), handler, new Declared(route));
    }

    /** Every route declared: endpoints (HEAD twins included), then the trees of public files. */
    public List<Route> all() {
        List<Route> all = new ArrayList<>(endpoints);
        all.addAll(files);
        return List.copyOf(all);
    }

    /** The declared endpoints, which Javalin's router should hold exactly (files are served beside the router). */
    public List<Route> endpoints() {
        return List.copyOf(endpoints);
    }

    /** The declaration a route's Javalin roles carry, if it was declared here. */
    public static Optional<Route> declaration(Set<? extends RouteRole> roles) {
        return roles.stream()
                .filter(Declared.class::isInstance)
                .map(r -> ((Declared) r).route())
                .findFirst();
    }

    private void check(Context ctx) {
        Route route = declaration(ctx.routeRoles())
                .orElseThrow(() -> new IllegalStateException(
                        "No access declared for " + ctx.method() + " " + ctx.path() + ": refused"));
        if (route.access() == Access.PUBLIC) {
            return;
        }
        if (route.refusal() == Refusal.SIGN_IN && auth.identify(ctx).isEmpty()) {
            throw new SignInFirst();
        }
        auth.require(ctx, route.access());
    }

    private static void requireDeclared(HandlerMetaInfo added) {
        if (!added.getHttpMethod().isHttpMethod()) {
            return; // before and after filters answer no route of their own
        }
        boolean declared = declaration(added.getRoles())
                .filter(r -> r.method() == added.getHttpMethod() && r.path().equals(added.getPath()))
                .isPresent();
        if (!declared) {
            throw new IllegalStateException(added.getHttpMethod() + " " + added.getPath()
                    + " was added without declaring who may call it: add it through Routes (api, page or form)");
        }
    }

    private static List<String> existing(Javalin javalin) {
        return javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getMethod().isHttpMethod())
                .map(e -> e.getMethod() + " " + e.getPath())
                .toList();
    }
}
