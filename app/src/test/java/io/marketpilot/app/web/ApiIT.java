package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.TestApp;
import io.marketpilot.core.access.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over a real server and the embedded store with the sample shop. */
class ApiIT {
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

    static ApiClient.Reply call(String method, String path, String key, String contentType, String body)
            throws IOException, InterruptedException {
        return ApiClient.call(app, method, path, key, contentType, body);
    }

    @Test
    void keepsIdleConnectionsOpenLongerThanTheJdkClientDoes() {
        // equal keep-alive times let the client reuse a connection the server is closing and lose a DELETE or POST
        Duration clientKeepAlive = Duration.ofSeconds(Integer.getInteger("jdk.httpclient.keepalive.timeout", 30));
        for (Connector connector : app.server.javalin().jettyServer().server().getConnectors()) {
            assertThat(Duration.ofMillis(connector.getIdleTimeout())).isGreaterThan(clientKeepAlive);
        }
    }

    @Test
    void callsWithoutAKeyGet401Json() throws Exception {
        ApiClient.Reply r = call("GET", "/api/v1/customers", null, null, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().get("code").asText()).isEqualTo("unauthorized");
        assertThat(r.body().get("error").asText()).contains("API key");
    }

    @Test
    void revokingAKeyEndsTheDashboardSessionsOpenedWithItAtOnce() throws Exception {
        String key = app.key(Role.MARKETER);
        String cookie = ApiClient.signIn(app, key);
        assertThat(ApiClient.call(app, "GET", "/api/v1/customers?limit=1", null, null, null, "Cookie", cookie)
                        .status())
                .isEqualTo(200);

        String id = key.split("_")[1];
        assertThat(app.app.apiKeys.revoke(id, "test")).isTrue();

        assertThat(ApiClient.call(app, "GET", "/api/v1/customers?limit=1", null, null, null, "Cookie", cookie)
                        .status())
                .isEqualTo(401);
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url("/customers")))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode())
                .as("the dashboard sends a revoked session to the log-in page")
                .isIn(302, 303);
    }

    @Test
    void aCrossSitePostWithTheSessionCookieIsRefusedAndChangesNothing() throws Exception {
        String cookie = ApiClient.signIn(app, app.key(Role.ADMIN));
        String body = "{\"id\":\"csrf-victim\",\"email\":\"v@example.com\"}";

        var fromElsewhere = ApiClient.call(
                app,
                "POST",
                "/api/v1/customers",
                null,
                "text/plain",
                body,
                "Cookie",
                cookie,
                "Origin",
                "http://evil.example");
        var fetchMetadata = ApiClient.call(
                app,
                "POST",
                "/api/v1/customers",
                null,
                "application/json",
                body,
                "Cookie",
                cookie,
                "Sec-Fetch-Site",
                "cross-site");
        HttpResponse<String> form = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url("/content/brand-voice")))
                                .header("Cookie", cookie)
                                .header("Origin", "http://evil.example")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("description=pwned&banned="))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(fromElsewhere.status()).isEqualTo(403);
        assertThat(fromElsewhere.body().get("error").asText()).contains("Cross-site request refused");
        assertThat(fetchMetadata.status()).isEqualTo(403);
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(app.app.customers.find("csrf-victim")).isEmpty();
        // the dashboard's own pages, and API clients with a key, still write
        var sameSite = ApiClient.call(
                app,
                "POST",
                "/api/v1/customers",
                null,
                "application/json",
                body,
                "Cookie",
                cookie,
                "Sec-Fetch-Site",
                "same-origin");
        assertThat(sameSite.status()).isBetween(200, 201);
        var withKey = ApiClient.call(
                app,
                "POST",
                "/api/v1/customers",
                app.adminKey,
                "application/json",
                "{\"id\":\"csrf-key\"}",
                "Origin",
                "http://evil.example");
        assertThat(withKey.status()).isBetween(200, 201);
    }

    @Test
    void pagesAndAnswersCarryTheSecurityHeaders() throws Exception {
        for (String path : java.util.List.of("/login", "/api/v1/openapi.json", "/static/app.css")) {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(app.url(path))).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue("frame-ancestors 'none'");
        }
    }

    @Test
    void aViewerKeyReadsButCannotWrite() throws Exception {
        String viewer = app.key(Role.VIEWER);

        assertThat(call("GET", "/api/v1/products?limit=5", viewer, null, null)
                        .body()
                        .get("items"))
                .hasSize(5);
        ApiClient.Reply write =
                call("POST", "/api/v1/products", viewer, "application/json", "{\"id\":\"NEW-1\",\"name\":\"New\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.body().get("code").asText()).isEqualTo("forbidden");
        assertThat(write.body().get("details").get("required").asText()).isEqualTo("marketer");
    }

    @Test
    void listsArePagedAndSearchable() throws Exception {
        JsonNode page = call("GET", "/api/v1/customers?limit=10&offset=20", app.adminKey, null, null)
                .body();
        assertThat(page.get("total").asLong())
                .isEqualTo(app.app.customers.count())
                .isGreaterThan(1000);
        assertThat(page.get("items")).hasSize(10);
        assertThat(page.get("offset").asInt()).isEqualTo(20);

        JsonNode search = call("GET", "/api/v1/products?q=earbuds", app.adminKey, null, null)
                .body();
        assertThat(search.get("items"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.get("name").asText()).contains("earbuds"));
        assertThat(call("GET", "/api/v1/customers?limit=9999", app.adminKey, null, null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void badBodiesGetJsonErrorsWithTheReason() throws Exception {
        ApiClient.Reply broken = call("POST", "/api/v1/products", app.adminKey, "application/json", "{\"id\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().get("code").asText()).isEqualTo("invalid_input");

        ApiClient.Reply missing = call("GET", "/api/v1/orders/NOPE", app.adminKey, null, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("error").asText()).contains("NOPE");
    }

    @Test
    void uploadWithOneBadRowImportsNothingAndNamesTheLine() throws Exception {
        long before = app.app.orders.count();
        String csv = """
                order_id,customer_id,ordered_at,product_id,quantity,unit_price
                T-1,C00001,2026-01-02,CAB-100,1,9.9
                T-2,C00001,2026-01-03,CAB-100,abc,9.9
                """;
        ApiClient.Reply r = call("POST", "/api/v1/imports/orders?filename=orders.csv", app.adminKey, "text/csv", csv);

        assertThat(r.status()).isEqualTo(400);
        JsonNode error = r.body().get("details").get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("reason").asText()).contains("not a number");
        assertThat(app.app.orders.count()).isEqualTo(before);
    }

    @Test
    void importingTheSameUploadTwiceLeavesTheSameCounts() throws Exception {
        String csv = "id,name,category,price\nUP-1,Upload test cable,Cables,5.5\nUP-2,Upload test case,Cases,7\n";
        ApiClient.Reply first = call("POST", "/api/v1/imports/products?filename=p.csv", app.adminKey, "text/csv", csv);
        long count = app.app.products.count();
        ApiClient.Reply second = call("POST", "/api/v1/imports/products?filename=p.csv", app.adminKey, "text/csv", csv);

        assertThat(first.body().get("tables").get("products").get("added").asInt())
                .isEqualTo(2);
        assertThat(second.body().get("tables").get("products").get("added").asInt())
                .isZero();
        assertThat(app.app.products.count()).isEqualTo(count);
    }

    @Test
    void forgettingACustomerThroughTheApiErasesThemAndIsAudited() throws Exception {
        String id = "C00007";
        ApiClient.Reply export = call("GET", "/api/v1/customers/" + id + "/export", app.adminKey, null, null);
        assertThat(export.body().get("customer").get("email").asText()).isEqualTo("c00007@example.com");

        ApiClient.Reply forget = call("DELETE", "/api/v1/customers/" + id, app.adminKey, null, null);
        assertThat(forget.status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/customers/" + id, app.adminKey, null, null)
                        .status())
                .isEqualTo(404);
        JsonNode audit = call("GET", "/api/v1/audit?q=customer.forget", app.adminKey, null, null)
                .body();
        assertThat(audit.get("items").get(0).get("target").asText()).isEqualTo(id);
        assertThat(call("DELETE", "/api/v1/customers/C00008", app.key(Role.MARKETER), null, null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() throws Exception {
        JsonNode doc = call("GET", "/api/v1/openapi.json", null, null, null).body();

        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        assertThat(doc.get("paths").has("/customers/{id}")).isTrue();
        assertThat(doc.get("paths").get("/imports/{kind}").has("post")).isTrue();
        assertThat(doc.get("components").get("schemas").has("Error")).isTrue();
        for (String path : java.util.List.of(
                "/analyze/emotion",
                "/insights/topics",
                "/insights/aspects",
                "/insights/trends",
                "/insights/keywords")) {
            assertThat(doc.get("paths").has(path)).as(path).isTrue();
        }
        assertThat(doc.get("components").get("schemas").has("EmotionResults")).isTrue();
    }

    @Test
    void everySchemaTheDocumentReferencesIsDefined() throws Exception {
        JsonNode doc = call("GET", "/api/v1/openapi.json", null, null, null).body();
        JsonNode schemas = doc.get("components").get("schemas");
        java.util.Set<String> missing = new java.util.TreeSet<>();
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z0-9]+)")
                .matcher(doc.toString());
        while (refs.find()) {
            if (!schemas.has(refs.group(1))) {
                missing.add(refs.group(1));
            }
        }
        assertThat(missing).as("schemas referenced but not defined").isEmpty();
    }

    @Test
    void healthAndMetricsArePublic() throws Exception {
        assertThat(call("GET", "/health", null, null, null).body().get("status").asText())
                .isEqualTo("ok");
        call("GET", "/api/v1/stats/overview", app.adminKey, null, null);
        ApiClient.Reply metrics = call("GET", "/metrics", null, null, null);
        assertThat(metrics.raw()).contains("http_server_requests_seconds_count").contains("jvm_memory_used_bytes");
    }

    @Test
    void overviewFiguresMatchTheStore() throws Exception {
        JsonNode kpis =
                call("GET", "/api/v1/stats/overview", app.adminKey, null, null).body();
        JsonNode months = call("GET", "/api/v1/stats/revenue-by-month", app.adminKey, null, null)
                .body();

        double sum = 0;
        for (JsonNode m : months) {
            sum += m.get("revenue").asDouble();
        }
        assertThat(months.size()).isGreaterThanOrEqualTo(24);
        assertThat(sum).isCloseTo(kpis.get("revenue").asDouble(), org.assertj.core.data.Offset.offset(0.01));
    }
}
