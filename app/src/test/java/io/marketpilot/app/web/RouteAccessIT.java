package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.DashboardSessions;
import io.marketpilot.app.web.auth.Refusal;
import io.marketpilot.app.web.auth.Route;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.core.access.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the real server, called without credentials and as each role, by API key and by dashboard session:
 * below its declared access it is refused (the API with 401/403 JSON, the dashboard with the log-in form or 403), at
 * or above it the request gets through to the handler. The routes are the server's own declarations, checked against
 * what Javalin routes, so a route added around them fails here. Path parameters get a value that names nothing, and
 * state-changing requests an unreadable body, so an admitted call answers 400 or 404 rather than changing the data.
 */
class RouteAccessIT {
    /** Samples for the routes that end in a wildcard: a real file for the file trees, a chat path for its CORS. */
    private static final Map<String, String> WILDCARD_SAMPLES = Map.of(
            "/static/*", "/static/app.css",
            "/webjars/*", "/webjars/htmx.org/2.0.8/dist/htmx.min.js",
            "/api/v1/chat/*", "/api/v1/chat/sessions");

    /** Routes whose own answer, to everyone, is the log-in form: signing out. */
    private static final Set<String> ANSWER_WITH_SIGN_IN = Set.of("POST /logout");

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}|<[^>]+>");

    @TempDir
    static Path dir;

    static TestApp app;
    static List<Caller> callers;

    /** Who calls: nobody, or a role's key sent as a header or typed into the log-in form for a session. */
    record Caller(Optional<Role> role, boolean session, String key) {
        static Caller anonymous() {
            return new Caller(Optional.empty(), false, null);
        }

        boolean admittedTo(Route route) {
            return role.map(r -> route.access().admits(r)).orElse(route.access() == Access.PUBLIC);
        }

        @Override
        public String toString() {
            return role.map(r -> r.wireName() + (session ? " by session" : " by key"))
                    .orElse("no credentials");
        }
    }

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
        callers = new ArrayList<>(List.of(Caller.anonymous()));
        for (Role role : List.of(Role.VIEWER, Role.MARKETER, Role.ADMIN)) {
            String key = role == Role.ADMIN ? app.adminKey : app.key(role);
            callers.add(new Caller(Optional.of(role), false, key));
            callers.add(new Caller(Optional.of(role), true, key));
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void javalinRoutesExactlyTheDeclaredEndpoints() {
        List<Endpoint> served = app.server.javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getMethod().isHttpMethod())
                .toList();

        assertThat(served.stream().map(e -> e.getMethod() + " " + e.getPath()))
                .as("what Javalin routes is what was declared, no more and no less")
                .containsExactlyInAnyOrderElementsOf(app.server.routes().endpoints().stream()
                        .map(r -> r.method() + " " + r.path())
                        .toList());
        for (Endpoint e : served) {
            assertThat(Routes.declaration(rolesOf(e)))
                    .as(e.getMethod() + " " + e.getPath() + " carries its own declaration")
                    .hasValueSatisfying(
                            r -> assertThat(r.method() + " " + r.path()).isEqualTo(e.getMethod() + " " + e.getPath()));
        }
    }

    @Test
    void aRouteAddedWithoutDeclaringItsAccessStopsTheServerFromStarting() {
        Javalin javalin = Javalin.create();
        new Routes(authenticator()).attach(javalin);

        assertThatThrownBy(() -> javalin.get("/open-to-all", ctx -> ctx.result("oops")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /open-to-all");
        assertThatThrownBy(() -> javalin.post("/api/v1/open", ctx -> ctx.result("oops")))
                .hasMessageContaining("POST /api/v1/open");
    }

    @Test
    void routesAddedBeforeAccessIsInPlaceStopTheServerFromStarting() {
        Javalin javalin = Javalin.create();
        javalin.get("/early", ctx -> ctx.result("oops"));

        assertThatThrownBy(() -> new Routes(authenticator()).attach(javalin))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /early");
    }

    @Test
    void everyRouteRefusesCallersBelowItsAccessAndAdmitsTheRest() throws Exception {
        List<String> wrong = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        List<Route> routes = app.server.routes().all();
        for (Route route : routes) {
            String path = sample(route);
            for (Caller caller : callers) {
                ApiClient.Reply reply = call(route, path, caller);
                String outcome = outcome(route, reply);
                seen.add(route.refusal() + " " + outcome);
                if (!expected(route, caller).equals(outcome)) {
                    wrong.add(route + " as " + caller + ": expected " + expected(route, caller) + ", got "
                            + reply.status() + " "
                            + reply.response().headers().firstValue("Location").orElse("")
                            + " " + abbreviated(reply.raw()));
                }
            }
        }

        assertThat(wrong).as("answers that do not follow the declared access").isEmpty();
        assertThat(routes).as("the API's and the dashboard's routes").hasSizeGreaterThan(150);
        assertThat(seen)
                .as("the walk met every kind of answer")
                .containsExactlyInAnyOrder(
                        "JSON admitted",
                        "JSON unauthorized",
                        "JSON forbidden",
                        "SIGN_IN admitted",
                        "SIGN_IN sign-in",
                        "SIGN_IN forbidden");
    }

    @Test
    void theDashboardsFilesAreServedToAnyone() throws Exception {
        for (String path : List.of(WILDCARD_SAMPLES.get("/static/*"), WILDCARD_SAMPLES.get("/webjars/*"))) {
            assertThat(ApiClient.call(app, "GET", path, null, null, null).status())
                    .as(path)
                    .isEqualTo(200);
        }
    }

    /**
     * What the caller should get: "admitted"; or, refused, "sign-in" (the dashboard's redirect to the log-in form) or
     * "unauthorized" (the API's 401) for a caller without credentials, "forbidden" (403) for a lesser role.
     */
    private static String expected(Route route, Caller caller) {
        if (caller.admittedTo(route)) {
            return "admitted";
        }
        if (caller.role().isPresent()) {
            return "forbidden";
        }
        return route.refusal() == Refusal.SIGN_IN ? "sign-in" : "unauthorized";
    }

    /** What the caller got, in the terms of {@link #expected}; "refused otherwise" for a refusal of another form. */
    private static String outcome(Route route, ApiClient.Reply reply) {
        boolean toSignIn = reply.status() / 100 == 3
                && reply.response().headers().firstValue("Location").orElse("").equals(Routes.SIGN_IN_PAGE);
        if (toSignIn && ANSWER_WITH_SIGN_IN.contains(route.method() + " " + route.path())) {
            return "admitted";
        }
        if (toSignIn) {
            return "sign-in";
        }
        if (reply.status() != 401 && reply.status() != 403) {
            return "admitted";
        }
        String code = reply.body() == null || reply.body().get("code") == null
                ? "none"
                : reply.body().get("code").asText();
        boolean head = route.method() == HandlerType.HEAD; // HEAD answers carry no body: the status tells
        if (reply.status() == 401 && (head || code.equals("unauthorized"))) {
            return "unauthorized";
        }
        if (reply.status() == 403 && (head || code.equals("forbidden"))) {
            return "forbidden";
        }
        return "refused otherwise";
    }

    private static ApiClient.Reply call(Route route, String path, Caller caller) throws Exception {
        List<String> headers = new ArrayList<>();
        if (caller.session()) {
            headers.add("Cookie");
            headers.add(ApiClient.signIn(app, caller.key())); // a new session each time: one route signs out
        }
        String key = caller.session() ? null : caller.key();
        boolean changes = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)
                .contains(route.method());
        String contentType = null;
        String body = null;
        if (changes && route.refusal() == Refusal.SIGN_IN) {
            contentType = "application/x-www-form-urlencoded";
            // the sign-in form gets a right key: wrong ones would count against the test's address and lock it out
            body = route.path().equals(Routes.SIGN_IN_PAGE) ? "key=" + app.adminKey : "";
        } else if (changes) {
            contentType = "application/json";
            body = "{\"unreadable";
        }
        return ApiClient.call(app, route.method().name(), path, key, contentType, body, headers.toArray(String[]::new));
    }

    /** The route's path with a value for each parameter that names nothing, and a sample for a wildcard. */
    private static String sample(Route route) {
        if (route.path().endsWith("*")) {
            String sample = WILDCARD_SAMPLES.get(route.path());
            assertThat(sample).as("a sample path for " + route).isNotNull();
            return sample;
        }
        return PARAMETER.matcher(route.path()).replaceAll("x");
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    private static Authenticator authenticator() {
        return new Authenticator(app.app.apiKeys, new DashboardSessions(app.app.clock));
    }

    /** The roles an endpoint was added with (what the deprecated {@code Endpoint.getRoles()} reads). */
    private static Set<RouteRole> rolesOf(Endpoint e) {
        return Optional.ofNullable(e.metadata(Roles.class)).map(Roles::getRoles).orElse(Set.of());
    }
}
