package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.TestApp;
import io.marketpilot.core.access.Role;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis endpoints (listening, statistics, predictions, recommendations, segmentation) over a real server and the sample shop. */
class AnalysisApiIT {
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
    void sentimentOfABatchScoresEnglishAndExplainsWhatItCannotScore() throws Exception {
        ApiClient.Reply r = call(
                "POST",
                "/api/v1/analyze/sentiment",
                app.adminKey,
                "application/json",
                "{\"texts\": [\"I love this case!\", \"质量很好\", \"\"]}");

        assertThat(r.status()).isEqualTo(200);
        JsonNode results = r.body().get("results");
        assertThat(results.get(0).get("label").asText()).isEqualTo("positive");
        assertThat(results.get(0).get("compound").asDouble()).isGreaterThan(0.5);
        assertThat(results.get(1).get("label").asText()).isEqualTo("positive");
        assertThat(results.get(1).get("model").asText()).isEqualTo("bge-small-zh-v1.5-q+logreg/1");
        assertThat(results.get(2).get("label").asText()).isEqualTo("neutral");

        JsonNode vader = call(
                        "POST",
                        "/api/v1/analyze/sentiment?model=vader",
                        app.adminKey,
                        "application/json",
                        "{\"texts\": [\"I love this case!\", \"质量很好\"]}")
                .body()
                .get("results");
        assertThat(vader.get(0).get("model").asText()).isEqualTo("vader-3.3.2");
        assertThat(vader.get(1).get("error").asText()).contains("zh");
        assertThat(call(
                                "POST",
                                "/api/v1/analyze/sentiment?model=gpt",
                                app.adminKey,
                                "application/json",
                                "{\"text\": \"x\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void abtestEndpointMatchesTheCli() throws Exception {
        ApiClient.Reply r = call(
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
        assertThat(atRisk).isNotEmpty().allSatisfy(o -> {
            assertThat(o.get("daysSinceLastPurchase").asDouble()).isNotNegative();
            if (o.get("reason").asText().equals("low_p_alive")) {
                assertThat(o.get("pAlive").asDouble()).isLessThan(0.5);
            } else {
                assertThat(o.get("reason").asText()).isEqualTo("lapsed_one_off");
                // BG/NBD cannot tell: it gives a customer without a repeat purchase p(alive) 1
                assertThat(o.get("pAlive").asDouble()).isEqualTo(1.0);
                assertThat(o.get("daysSinceLastPurchase").asDouble()).isPositive();
            }
        });

        JsonNode sendTime = call("GET", "/api/v1/predictions/send-time/C00001", app.adminKey, null, null)
                .body();
        assertThat(sendTime.get("hour").asInt()).isBetween(0, 23);
    }

    @Test
    void importedReviewsAreScoredAndPersistedWithTheirModel() throws Exception {
        JsonNode insight = call("GET", "/api/v1/insights/sentiment?language=en", app.adminKey, null, null)
                .body();

        assertThat(insight.get("models").get(0).asText()).isEqualTo("bge-small-en-v1.5+logreg/1");
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
        assertThat(zh.get("scored").asLong())
                .isEqualTo(zh.get("reviews").asLong())
                .isPositive();
    }

    @Test
    void emotionOfABatchLabelsEnglishAndChineseAndGivesPerTextErrors() throws Exception {
        ApiClient.Reply r = call(
                "POST",
                "/api/v1/analyze/emotion",
                app.adminKey,
                "application/json",
                "[{\"id\": \"a\", \"text\": \"I am furious, they lied to me and kept my money\"},"
                        + " {\"id\": \"b\", \"text\": \"质量很好\"}, {\"id\": \"c\", \"text\": 5}]");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("model").asText()).isEqualTo("bge-small-en-v1.5+ngrams+softmax/emotion-en");
        assertThat(r.body().get("labels")).hasSize(7);
        JsonNode results = r.body().get("results");
        assertThat(results.get(0).get("label").asText()).isEqualTo("anger");
        assertThat(results.get(1).get("model").asText()).contains("emotion-zh");
        assertThat(results.get(2).get("error").asText()).contains("string");
        assertThat(call("POST", "/api/v1/analyze/emotion", app.adminKey, "application/json", "{}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void topicsAspectsTrendsAndKeywordsOfStoredReviews() throws Exception {
        JsonNode topics = call("GET", "/api/v1/insights/topics?k=4", app.adminKey, null, null)
                .body();
        assertThat(topics.get("en").get("topics")).hasSize(4);
        assertThat(topics.get("zh").get("topics")).hasSize(4);
        long clustered = 0;
        for (JsonNode t : topics.get("en").get("topics")) {
            assertThat(t.get("name").asText()).isNotBlank();
            assertThat(t.get("examples")).isNotEmpty();
            clustered += t.get("size").asLong();
        }
        assertThat(clustered).isEqualTo(1000);

        JsonNode aspects = call("GET", "/api/v1/insights/aspects", app.adminKey, null, null)
                .body();
        assertThat(aspects.get("en")).isNotEmpty();
        java.util.List<String> zhAspects = new java.util.ArrayList<>();
        aspects.get("zh").forEach(a -> zhAspects.add(a.get("text").asText()));
        // the demo's Chinese reviews talk about quality, workmanship, logistics, battery life …: learned, not listed
        assertThat(zhAspects).contains("质量", "物流");
        JsonNode battery = null;
        for (JsonNode a : aspects.get("en")) {
            if (a.get("text").asText().equals("battery")) {
                battery = a;
            }
        }
        assertThat(battery).isNotNull();
        assertThat(battery.get("negative").asInt()).isPositive();

        JsonNode trends = call("GET", "/api/v1/insights/trends?by=aspect&period=month", app.adminKey, null, null)
                .body();
        assertThat(trends.get("rule").asText()).contains("z-score");
        assertThat(trends.get("series")).isNotEmpty();
        assertThat(trends.get("series").get(0).get("points")).hasSizeGreaterThan(12);

        JsonNode byProduct = call("GET", "/api/v1/insights/keywords?by=product&language=en", app.adminKey, null, null)
                .body();
        assertThat(byProduct.get("en").size()).isGreaterThan(1);
        JsonNode bySegment = call("GET", "/api/v1/insights/keywords?by=segment", app.adminKey, null, null)
                .body();
        assertThat(bySegment.get("en").fieldNames()).toIterable().anyMatch(k -> k.startsWith("segment "));
        JsonNode all = call("GET", "/api/v1/insights/keywords?language=en", app.adminKey, null, null)
                .body()
                .get("en")
                .get("all");
        assertThat(all.get("reviews").asInt()).isEqualTo(1000);
        assertThat(all.get("keywords")).hasSize(15);
        assertThat(all.get("phrases")).isNotEmpty();

        assertThat(call("GET", "/api/v1/insights/trends?by=colour", app.adminKey, null, null)
                        .status())
                .isEqualTo(400);
        assertThat(call("GET", "/api/v1/insights/topics?from=yesterday", app.adminKey, null, null)
                        .status())
                .isEqualTo(400);
        JsonNode none = call("GET", "/api/v1/insights/topics?from=2099-01-01", app.adminKey, null, null)
                .body();
        assertThat(none.size()).isZero();
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
        assertThat(model.get("evaluation"))
                .extracting(r -> r.get("algorithm").asText())
                .containsExactly("popularity", "item-knn", "als", "content", "hybrid");
        double bestPersonalNdcg = 0;
        String best = "";
        for (JsonNode r : model.get("evaluation")) {
            if (!r.get("algorithm").asText().equals("popularity")
                    && r.get("ndcg").asDouble() > bestPersonalNdcg) {
                bestPersonalNdcg = r.get("ndcg").asDouble();
                best = r.get("algorithm").asText();
            }
        }
        assertThat(model.get("served").asText()).isEqualTo(best);

        JsonNode again = call("GET", "/api/v1/recommendations/model", app.adminKey, null, null)
                .body();
        assertThat(again.get("version").asInt())
                .as("no retraining without new data")
                .isEqualTo(model.get("version").asInt());

        JsonNode versions = call("GET", "/api/v1/recommendations/models", app.adminKey, null, null)
                .body();
        assertThat(versions).isNotEmpty();
        assertThat(versions.get(0).get("version").asInt())
                .isEqualTo(model.get("version").asInt());
        assertThat(versions.get(0).get("evaluation")).hasSize(5);
    }

    @Test
    void aProductNobodyBoughtYetFindsSimilarProductsByItsDescription() throws Exception {
        String product = "{\"id\":\"CAB-900\",\"name\":\"Travel USB-C cable (black)\",\"category\":\"Cables\","
                + "\"description\":\"A travel USB-C cable in black for fast charging and data transfer.\"}";
        call("PUT", "/api/v1/products/CAB-900", app.adminKey, "application/json", product);
        app.settle(); // the recommendations model learns of the new product in the background
        try {
            JsonNode similar = call(
                            "GET", "/api/v1/recommendations/products/CAB-900/similar?k=3", app.adminKey, null, null)
                    .body();
            assertThat(similar).hasSize(3).allSatisfy(r -> {
                assertThat(r.get("productId").asText()).startsWith("CAB-");
                assertThat(r.get("reason").asText()).isEqualTo("similar to CAB-900");
            });
        } finally {
            call("DELETE", "/api/v1/products/CAB-900", app.adminKey, null, null);
            app.settle();
        }
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
