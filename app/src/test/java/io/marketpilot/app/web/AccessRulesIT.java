package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.web.auth.Access;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who gets in, over a real server: HEAD requests, the session cookie and the sign-in form's rate limit. */
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
        List<Endpoint> gets = app.server.javalin().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(ParsedEndpoint::getEndpoint)
                .filter(e -> e.getMethod() == HandlerType.GET)
                .toList();
        assertThat(gets).as("the API's and the dashboard's GET routes").hasSizeGreaterThan(60);

        int protectedApi = 0;
        int dashboardPages = 0;
        for (Endpoint route : gets) {
            String path = route.getPath().replaceAll("\\{[^}]+}|<[^>]+>", "x");
            ApiClient.Reply get = ApiClient.call(app, "GET", path, null, null, null);
            ApiClient.Reply head = ApiClient.call(app, "HEAD", path, null, null, null);

            assertThat(head.status()).as("HEAD " + path).isEqualTo(get.status());
            assertThat(head.response().headers().firstValue("Location"))
                    .as("HEAD " + path)
                    .isEqualTo(get.response().headers().firstValue("Location"));
            assertThat(head.raw()).as("HEAD " + path + " has no body").isEmpty();
            boolean isProtected = route.getRoles().stream().anyMatch(r -> r != Access.PUBLIC);
            if (isProtected && path.startsWith("/api/")) {
                assertThat(head.status()).as("HEAD " + path).isEqualTo(401);
                protectedApi++;
            } else if (!path.startsWith("/api/")
                    && !List.of("/login", "/health", "/metrics").contains(path)) {
                assertThat(head.status()).as("HEAD " + path).isIn(302, 303);
                assertThat(head.response().headers().firstValue("Location")).hasValue("/login");
                dashboardPages++;
            }
        }
        assertThat(protectedApi).isGreaterThan(40);
        assertThat(dashboardPages).isGreaterThan(10);
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
}
