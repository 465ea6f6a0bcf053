package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.config.ServerSettings;
import io.marketpilot.app.web.auth.Route;
import io.marketpilot.app.web.auth.SignInThrottle;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who gets in, over a real server: HEAD answered as GET, the session cookie and the sign-in form's rate limit (each
 * route's access itself: {@link RouteAccessIT}).
 */
class AccessRulesIT {
    @TempDir
    static Path dir;

    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void headWithoutAKeyIsAnsweredLikeGetOnEveryGetRoute() throws Exception {
        List<Route> gets = app.server.routes().endpoints().stream()
                .filter(r -> r.method() == HandlerType.GET)
                .toList();
        assertThat(gets).as("the API's and the dashboard's GET routes").hasSizeGreaterThan(60);

        for (Route route : gets) {
            String path = route.path().replaceAll("\\{[^}]+}|<[^>]+>", "x");
            ApiClient.Reply get = ApiClient.call(app, "GET", path, null, null, null);
            ApiClient.Reply head = ApiClient.call(app, "HEAD", path, null, null, null);

            assertThat(head.status()).as("HEAD " + path).isEqualTo(get.status());
            assertThat(head.response().headers().firstValue("Location"))
                    .as("HEAD " + path)
                    .isEqualTo(get.response().headers().firstValue("Location"));
            assertThat(head.raw()).as("HEAD " + path + " has no body").isEmpty();
        }
    }

    @Test
    void headWithAKeyGivesGetsStatusAndHeadersWithoutTheBody() throws Exception {
        ApiClient.Reply get = ApiClient.call(app, "GET", "/api/v1/customers?limit=1", app.adminKey, null, null);
        ApiClient.Reply head = ApiClient.call(app, "HEAD", "/api/v1/customers?limit=1", app.adminKey, null, null);

        assertThat(head.status()).isEqualTo(200).isEqualTo(get.status());
        assertThat(head.response().headers().firstValue("Content-Type"))
                .isEqualTo(get.response().headers().firstValue("Content-Type"));
        assertThat(head.raw()).isEmpty();
        assertThat(get.raw()).contains("\"items\"");
    }

    @Test
    void theSessionCookieIsSecureWhenConfiguredOrWhenATrustedProxySaysTheBrowserUsedHttps() throws Exception {
        WebServer tls =
                WebServer.create(app.app, new ServerSettings(true, List.of())).start("127.0.0.1", 0);
        WebServer proxied = WebServer.create(app.app, new ServerSettings(false, List.of("127.0.0.1")))
                .start("127.0.0.1", 0);
        try {
            List<String> plain = cookieAttributes(signIn(app.server, app.adminKey, "X-Forwarded-Proto", "https"));
            List<String> configured = cookieAttributes(signIn(tls, app.adminKey));
            List<String> forwarded = cookieAttributes(signIn(proxied, app.adminKey, "X-Forwarded-Proto", "https"));
            List<String> forwardedHttp = cookieAttributes(signIn(proxied, app.adminKey, "X-Forwarded-Proto", "http"));

            assertThat(plain)
                    .as("an untrusted X-Forwarded-Proto is ignored")
                    .contains("httponly", "samesite=strict")
                    .doesNotContain("secure");
            assertThat(configured).contains("secure", "httponly", "samesite=strict");
            assertThat(forwarded).contains("secure", "httponly");
            assertThat(forwardedHttp).doesNotContain("secure");
        } finally {
            tls.stop();
            proxied.stop();
        }
    }

    @Test
    void failedSignInsAreLimitedPerClientAddressAndTheRightKeyWaitsToo() throws Exception {
        WebServer proxied = WebServer.create(app.app, new ServerSettings(false, List.of("127.0.0.1")))
                .start("127.0.0.1", 0);
        try {
            String guesser = "198.51.100.23";
            for (int i = 0; i < SignInThrottle.LIMIT; i++) {
                assertThat(signIn(proxied, "mp_wrong" + i, "X-Forwarded-For", guesser)
                                .statusCode())
                        .isEqualTo(401);
            }

            HttpResponse<String> page = signIn(proxied, "mp_wrong", "X-Forwarded-For", guesser, "Accept", "text/html");
            HttpResponse<String> rightKey = signIn(proxied, app.adminKey, "X-Forwarded-For", guesser);
            HttpResponse<String> neighbour = signIn(proxied, app.adminKey, "X-Forwarded-For", "198.51.100.24");

            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(page.headers().firstValue("Retry-After").orElseThrow()))
                    .isBetween(1L, 60L);
            assertThat(page.body()).contains("Too many failed sign-ins").contains("<form");
            assertThat(rightKey.statusCode())
                    .as("a right key is refused too until the window passes")
                    .isEqualTo(429);
            assertThat(rightKey.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(rightKey.body()).contains("\"code\":\"too_many_requests\"");
            assertThat(neighbour.statusCode()).as("another address signs in").isIn(302, 303);
            assertThat(neighbour.headers().firstValue("Set-Cookie")).isPresent();
        } finally {
            proxied.stop();
        }
    }

    /** Posts the log-in form to {@code server} with more headers as name, value pairs. */
    private static HttpResponse<String> signIn(WebServer server, String key, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Set-Cookie attributes after the value, lower-cased: "path=/", "secure", "httponly", "samesite=strict". */
    private static List<String> cookieAttributes(HttpResponse<String> signIn) {
        String header = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        return Arrays.stream(header.split(";"))
                .skip(1)
                .map(a -> a.strip().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }
}
