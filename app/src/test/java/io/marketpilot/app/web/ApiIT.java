package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.TestApp;
import io.marketpilot.store.apikey.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over a real server and the embedded store with the sample shop. */
class ApiIT {
    @TempDir
    static Path dir;

    static TestApp app;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    record Reply(int status, JsonNode body, String raw) {}

    static Reply call(String method, String path, String key, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(path)));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = r.body().isBlank()
                        || !r.body().strip().startsWith("{")
                                && !r.body().strip().startsWith("[")
                ? null
                : JSON.readTree(r.body());
        return new Reply(r.statusCode(), json, r.body());
    }

    @Test
    void callsWithoutAKeyGet401Json() throws Exception {
        Reply r = call("GET", "/api/v1/customers", null, null, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.body().get("code").asText()).isEqualTo("unauthorized");
        assertThat(r.body().get("error").asText()).contains("API key");
    }

    @Test
    void aViewerKeyReadsButCannotWrite() throws Exception {
        String viewer = app.key(Role.VIEWER);

        assertThat(call("GET", "/api/v1/products?limit=5", viewer, null, null)
                        .body()
                        .get("items"))
                .hasSize(5);
        Reply write =
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
        Reply broken = call("POST", "/api/v1/products", app.adminKey, "application/json", "{\"id\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().get("code").asText()).isEqualTo("invalid_input");

        Reply missing = call("GET", "/api/v1/orders/NOPE", app.adminKey, null, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("error").asText()).contains("NOPE");
    }

    @Test
    void uploadWithOneBadRowImportsNothingAndNamesTheLine() throws Exception {
        long before = app.app.orders.count();
        String csv = "order_id,customer_id,ordered_at,product_id,quantity,unit_price\n"
                + "T-1,C00001,2026-01-02,CAB-100,1,9.9\n"
                + "T-2,C00001,2026-01-03,CAB-100,abc,9.9\n";
        Reply r = call("POST", "/api/v1/imports/orders?filename=orders.csv", app.adminKey, "text/csv", csv);

        assertThat(r.status()).isEqualTo(400);
        JsonNode error = r.body().get("details").get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("reason").asText()).contains("not a number");
        assertThat(app.app.orders.count()).isEqualTo(before);
    }

    @Test
    void importingTheSameUploadTwiceLeavesTheSameCounts() throws Exception {
        String csv = "id,name,category,price\nUP-1,Upload test cable,Cables,5.5\nUP-2,Upload test case,Cases,7\n";
        Reply first = call("POST", "/api/v1/imports/products?filename=p.csv", app.adminKey, "text/csv", csv);
        long count = app.app.products.count();
        Reply second = call("POST", "/api/v1/imports/products?filename=p.csv", app.adminKey, "text/csv", csv);

        assertThat(first.body().get("tables").get("products").get("added").asInt())
                .isEqualTo(2);
        assertThat(second.body().get("tables").get("products").get("added").asInt())
                .isZero();
        assertThat(app.app.products.count()).isEqualTo(count);
    }

    @Test
    void forgettingACustomerThroughTheApiErasesThemAndIsAudited() throws Exception {
        String id = "C00007";
        Reply export = call("GET", "/api/v1/customers/" + id + "/export", app.adminKey, null, null);
        assertThat(export.body().get("customer").get("email").asText()).isEqualTo("c00007@example.com");

        Reply forget = call("DELETE", "/api/v1/customers/" + id, app.adminKey, null, null);
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
    }

    @Test
    void healthAndMetricsArePublic() throws Exception {
        assertThat(call("GET", "/health", null, null, null).body().get("status").asText())
                .isEqualTo("ok");
        call("GET", "/api/v1/stats/overview", app.adminKey, null, null);
        Reply metrics = call("GET", "/metrics", null, null, null);
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

    @Test
    void sentimentOfABatchScoresEnglishAndExplainsWhatItCannotScore() throws Exception {
        Reply r = call(
                "POST",
                "/api/v1/analyze/sentiment",
                app.adminKey,
                "application/json",
                "{\"texts\": [\"I love this case!\", \"质量很好\", \"\"]}");

        assertThat(r.status()).isEqualTo(200);
        JsonNode results = r.body().get("results");
        assertThat(results.get(0).get("label").asText()).isEqualTo("positive");
        assertThat(results.get(0).get("compound").asDouble()).isGreaterThan(0.5);
        assertThat(results.get(1).get("error").asText()).contains("zh");
        assertThat(results.get(2).get("label").asText()).isEqualTo("neutral");
    }

    @Test
    void abtestEndpointMatchesTheCli() throws Exception {
        Reply r = call(
                "POST",
                "/api/v1/stats/abtest",
                app.adminKey,
                "application/json",
                "{\"convA\":200,\"nA\":4000,\"convB\":245,\"nB\":4000}");

        assertThat(r.body().get("diff").asDouble()).isEqualTo(0.01125, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(call(
                                "POST",
                                "/api/v1/stats/abtest",
                                app.adminKey,
                                "application/json",
                                "{\"convA\":9,\"nA\":3,\"convB\":1,\"nB\":5}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void predictionsRankCustomersAndFindLapsedHighValueOnes() throws Exception {
        JsonNode model = call("GET", "/api/v1/predictions/clv/model", app.adminKey, null, null)
                .body();
        assertThat(model.get("customers").asInt()).isGreaterThan(1000);

        JsonNode top = call("GET", "/api/v1/predictions/clv?limit=5", app.adminKey, null, null)
                .body();
        assertThat(top.get("items")).hasSize(5);
        assertThat(top.get("items").get(0).get("clv").asDouble())
                .isGreaterThanOrEqualTo(top.get("items").get(4).get("clv").asDouble());

        JsonNode atRisk = call("GET", "/api/v1/predictions/at-risk", app.adminKey, null, null)
                .body();
        assertThat(atRisk)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.get("pAlive").asDouble()).isLessThan(0.5));

        JsonNode sendTime = call("GET", "/api/v1/predictions/send-time/C00001", app.adminKey, null, null)
                .body();
        assertThat(sendTime.get("hour").asInt()).isBetween(0, 23);
    }

    @Test
    void importedReviewsAreScoredAndPersistedWithTheirModel() throws Exception {
        JsonNode insight = call("GET", "/api/v1/insights/sentiment?language=en", app.adminKey, null, null)
                .body();

        assertThat(insight.get("model").asText()).isEqualTo("vader-3.3.2");
        long scored = 0;
        for (JsonNode m : insight.get("months")) {
            scored += m.get("positive").asLong()
                    + m.get("neutral").asLong()
                    + m.get("negative").asLong();
        }
        assertThat(scored).isEqualTo(1000);
        assertThat(insight.get("mostNegative").get(0).get("score").asDouble()).isLessThan(-0.5);
        JsonNode zh = null;
        for (JsonNode c : insight.get("coverage")) {
            if (c.get("language").asText().equals("zh")) {
                zh = c;
            }
        }
        assertThat(zh).isNotNull();
        assertThat(zh.get("scored").asLong()).isZero();
    }

    @Test
    void forecastGivesIntervalsThatWidenWithTheHorizon() throws Exception {
        JsonNode r = call("GET", "/api/v1/predictions/forecast?horizon=8&backtest=4", app.adminKey, null, null)
                .body();

        JsonNode points = r.get("series").get(0).get("forecast");
        assertThat(points).hasSize(8);
        JsonNode first = points.get(0);
        JsonNode last = points.get(7);
        assertThat(first.get("lo95").asDouble())
                .isLessThanOrEqualTo(first.get("lo80").asDouble());
        assertThat(first.get("hi80").asDouble())
                .isLessThanOrEqualTo(first.get("hi95").asDouble());
        assertThat(last.get("hi95").asDouble() - last.get("lo95").asDouble())
                .isGreaterThanOrEqualTo(
                        first.get("hi95").asDouble() - first.get("lo95").asDouble());
        assertThat(r.get("series").get(0).get("backtest").get("methods")).hasSize(3);
        assertThat(call("GET", "/api/v1/predictions/forecast?by=nope", app.adminKey, null, null)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void recommendationsCarryReasonsAndUnknownCustomersGetPopularProducts() throws Exception {
        JsonNode known = call("GET", "/api/v1/recommendations/customers/C00010?k=5", app.adminKey, null, null)
                .body();
        assertThat(known).hasSize(5);
        assertThat(known.get(0).get("reason").asText()).isNotBlank().doesNotContain("popular with all customers");

        JsonNode unknown = call(
                        "GET", "/api/v1/recommendations/customers/NO-SUCH-CUSTOMER?k=3", app.adminKey, null, null)
                .body();
        assertThat(unknown)
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.get("reason").asText()).isEqualTo("popular with all customers"));

        JsonNode similar = call("GET", "/api/v1/recommendations/products/EAR-100/similar?k=3", app.adminKey, null, null)
                .body();
        assertThat(similar)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("productId").asText()).isNotEqualTo("EAR-100"));

        JsonNode model = call("GET", "/api/v1/recommendations/model", app.adminKey, null, null)
                .body();
        assertThat(model.get("evaluation")).hasSize(3);
    }

    @Test
    void segmentationRunsAreKeptWithPersonasMembersAndHistory() throws Exception {
        JsonNode runs =
                call("GET", "/api/v1/segments/runs", app.adminKey, null, null).body();
        long id = runs.get(0).get("id").asLong();
        JsonNode run = call("GET", "/api/v1/segments/runs/" + id, app.adminKey, null, null)
                .body();

        assertThat(run.get("k").asInt()).isBetween(2, 10);
        assertThat(run.get("silhouette").asDouble()).isBetween(-1.0, 1.0);
        JsonNode segments = run.get("segments");
        assertThat(segments).hasSize(run.get("k").asInt());
        java.util.Set<String> names = new java.util.HashSet<>();
        segments.forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).hasSize(segments.size());
        assertThat(segments.get(0).get("centroid").has("monetary")).isTrue();

        JsonNode members = call(
                        "GET", "/api/v1/segments/runs/" + id + "/members?segment=0&limit=5", app.adminKey, null, null)
                .body();
        assertThat(members.get("total").asInt())
                .isEqualTo(segments.get(0).get("size").asInt());
        String customer = members.get("items").get(0).get("customerId").asText();
        JsonNode history = call("GET", "/api/v1/customers/" + customer + "/segments", app.adminKey, null, null)
                .body();
        assertThat(history.get(0).get("persona").asText())
                .isEqualTo(segments.get(0).get("name").asText());

        assertThat(call("POST", "/api/v1/segments/runs", app.key(Role.VIEWER), "application/json", "{}")
                        .status())
                .isEqualTo(403);
        JsonNode fixed = call(
                        "POST", "/api/v1/segments/runs", app.adminKey, "application/json", "{\"k\":\"3\",\"seed\":7}")
                .body();
        assertThat(fixed.get("k").asInt()).isEqualTo(3);
        JsonNode bySegment = call("GET", "/api/v1/predictions/forecast?by=segment&horizon=4", app.adminKey, null, null)
                .body();
        assertThat(bySegment.get("series").size()).isGreaterThanOrEqualTo(3);
    }
}
