package io.marketpilot.app.web;

import static io.marketpilot.app.web.ContractCalls.field;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Valid requests for the operations whose input the document cannot supply by itself: bodies, the ids they create,
 * and the query variants that change an answer's shape. Each area leaves behind the ids the derived reads need, by
 * the path segment before the parameter ({@code customers}, {@code runs}, …).
 */
final class ContractExamples {
    static final String CUSTOMER = "C00010";
    static final String PRODUCT = "CAB-100";

    private final ContractCalls calls;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final ActingContractExamples acting;

    ContractExamples(ContractCalls calls) {
        this.calls = calls;
        this.acting = new ActingContractExamples(calls, ids);
        ids.put("customers", CUSTOMER);
        ids.put("products", PRODUCT);
        ids.put("send-time", CUSTOMER);
        ids.put("exports", "customers");
    }

    /** Runs every example, in an order where each finds what it needs; returns the ids for the derived reads. */
    Map<String, String> run() {
        catalogue();
        figures();
        listening();
        classifiers();
        models();
        // before content(): the copilot's approval finds no approved content yet, so it drafts some and launches later
        acting.copilot();
        content();
        experiments();
        learningLoop();
        support();
        acting.campaigns();
        webhooks();
        acting.journeys();
        administration();
        return Map.copyOf(ids);
    }

    private void catalogue() {
        calls.get("/api/v1/customers?offset=0&limit=2&q=a");
        calls.post(
                "/api/v1/customers",
                "{\"id\":\"K-1\",\"email\":\"k1@example.com\",\"name\":\"Kay One\",\"country\":\"DE\","
                        + "\"city\":\"Berlin\",\"signupDate\":\"2024-02-01\"}");
        calls.put("/api/v1/customers/K-1", "{\"id\":\"K-1\",\"name\":\"Kay One\",\"email\":null}");
        calls.delete("/api/v1/customers/K-1");
        calls.post(
                "/api/v1/products",
                "{\"id\":\"P-NEW\",\"name\":\"Contract mug\",\"category\":\"Kitchen\",\"price\":9.5,\"stock\":3,"
                        + "\"description\":\"A mug\",\"nameZh\":\"杯子\"}");
        calls.put("/api/v1/products/P-NEW", "{\"id\":\"P-NEW\",\"name\":\"Contract mug\",\"price\":10}");
        calls.delete("/api/v1/products/P-NEW");
        ids.put("orders", field(calls.get("/api/v1/orders?limit=1"), "/items/0/id"));
        calls.post(
                "/api/v1/orders",
                "{\"id\":\"CONTRACT-O1\",\"customerId\":\"" + CUSTOMER + "\",\"orderedAt\":\"2025-01-02T10:00:00\","
                        + "\"kind\":\"SALE\",\"lines\":[{\"lineNo\":1,\"productId\":\"" + PRODUCT
                        + "\",\"quantity\":1,\"unitPrice\":10,\"amount\":10}]}");
        calls.post(
                "/api/v1/events",
                "{\"id\":\"contract-ev-1\",\"type\":\"page_view\",\"customerId\":\"" + CUSTOMER
                        + "\",\"occurredAt\":\"2025-01-01T10:00:00\",\"properties\":{\"page\":\"/\"}}");
        ids.put("reviews", field(calls.get("/api/v1/reviews?limit=1"), "/items/0/id"));
        calls.post(
                "/api/v1/reviews",
                "{\"id\":\"contract-r1\",\"customerId\":\"" + CUSTOMER + "\",\"productId\":\"" + PRODUCT
                        + "\",\"text\":\"Lovely cabinet, quick delivery\",\"rating\":5,\"channel\":\"review\","
                        + "\"language\":\"en\",\"createdAt\":\"2025-01-03T10:00:00\"}");
        calls.delete("/api/v1/reviews/contract-r1");
        calls.send(
                "POST",
                "/api/v1/imports/products?filename=p.csv&dryRun=true",
                "text/csv",
                "id,name,category,price\nP-IMP,Imported lamp,Lighting,12.5\n");
        calls.send("POST", "/api/v1/imports/products", "multipart/form-data; boundary=contract", """
                --contract\r
                Content-Disposition: form-data; name="file"; filename="p.csv"\r
                Content-Type: text/csv\r
                \r
                id,name,category,price
                P-IMP,Imported lamp,Lighting,12.5
                \r
                --contract--\r
                """);
        for (String format : new String[] {"csv", "tsv", "jsonl"}) {
            calls.get("/api/v1/exports/orders?format=" + format);
        }
    }

    private void figures() {
        calls.get("/api/v1/stats/revenue-by-month?productId=" + PRODUCT);
        calls.get("/api/v1/stats/top-products?limit=3");
        calls.post("/api/v1/stats/abtest", "{\"convA\":30,\"nA\":1000,\"convB\":45,\"nB\":1000}");
        calls.post("/api/v1/stats/abtest", "{\"convA\":0,\"nA\":100,\"convB\":5,\"nB\":100}");
        calls.post("/api/v1/stats/sample-size", "{\"baseline\":0.05,\"mde\":0.1,\"relative\":true}");
        calls.post("/api/v1/stats/sample-size", "{\"baseline\":0.05,\"mde\":0.01,\"alpha\":0.01,\"power\":0.9}");
    }

    private void listening() {
        calls.post("/api/v1/analyze/sentiment", "{\"text\":\"Great service, fast delivery\"}");
        calls.post("/api/v1/analyze/sentiment?model=vader", "{\"texts\":[\"I love it\",\"Awful.\"]}");
        calls.post("/api/v1/analyze/sentiment", "[{\"id\":\"a\",\"text\":\"很好\"},{\"id\":\"b\",\"text\":5}]");
        calls.post("/api/v1/analyze/emotion", "[{\"id\":\"a\",\"text\":\"I am so happy\"},{\"id\":\"b\"}]");
        String filter = "?language=en&productId=" + PRODUCT + "&from=2020-01-01&to=2030-12-31";
        calls.get("/api/v1/insights/sentiment" + filter);
        calls.get("/api/v1/insights/emotions?segment=0");
        calls.get("/api/v1/insights/topics?k=3");
        calls.get("/api/v1/insights/trends?by=aspect&period=week");
        calls.get("/api/v1/insights/trends?by=topic&k=3");
        calls.get("/api/v1/insights/keywords?by=product&limit=5");
        calls.get("/api/v1/insights/keywords?by=segment");
    }

    /**
     * A classifier trained on the shop's own labels (n-grams only and two folds: the contract is about the answers'
     * shape, not the model), waited for, read, activated and used; and an unknown one.
     */
    private void classifiers() {
        StringBuilder examples = new StringBuilder("[");
        String[][] rows = {
            {"late", "my parcel has not arrived yet"}, {"late", "still waiting for the delivery"},
            {"late", "the package is a week late"}, {"broken", "the lamp arrived broken"},
            {"broken", "the charger stopped working"}, {"broken", "the handle snapped off"}
        };
        for (String[] r : rows) {
            examples.append(examples.length() > 1 ? "," : "")
                    .append("{\"label\":\"")
                    .append(r[0])
                    .append("\",\"text\":\"")
                    .append(r[1])
                    .append("\"}");
        }
        calls.post(
                "/api/v1/classifiers/contract-reasons/train",
                "{\"examples\":" + examples + "],\"embeddings\":false,\"folds\":2}");
        calls.post("/api/v1/classifiers/contract-reasons/train", "{\"examples\":[{\"label\":\"late\"}]}");
        io.marketpilot.app.TestApp.awaitModels(calls.app().app);
        calls.get("/api/v1/classifiers");
        calls.get("/api/v1/classifiers/contract-reasons");
        calls.get("/api/v1/classifiers/contract-reasons/versions/1/report");
        calls.post("/api/v1/classifiers/contract-reasons/versions/1/activate", null);
        calls.post("/api/v1/classifiers/contract-reasons/classify", "{\"texts\":[\"it came broken\",\"坏了\"]}");
        calls.get("/api/v1/classifiers/contract-reasons/reviews?language=en");
        calls.post("/api/v1/classifiers/no-such-model/classify", "{\"texts\":[\"hello\"]}");
        ids.put("classifiers", "contract-reasons");
        ids.put("versions", "1");
    }

    private void models() {
        calls.get("/api/v1/predictions/clv?sort=risk&offset=1&limit=5");
        calls.get("/api/v1/predictions/at-risk?maxPAlive=0.9");
        calls.get("/api/v1/predictions/forecast?by=category&horizon=8&backtest=2");
        calls.get("/api/v1/predictions/forecast?by=segment&horizon=4");
        calls.get("/api/v1/recommendations/customers/" + CUSTOMER + "?k=5");
        calls.get("/api/v1/recommendations/customers/NOT-A-CUSTOMER");
        calls.get("/api/v1/recommendations/products/" + PRODUCT + "/similar?k=3");
        calls.get("/api/v1/recommendations/models?limit=5");
        calls.post("/api/v1/recommendations/train", null);
        ApiClient.Reply run = calls.post("/api/v1/segments/runs", "{\"k\":4,\"seed\":7}");
        ids.put("runs", field(run, "/run/id"));
        calls.get("/api/v1/segments/runs/" + ids.get("runs") + "/members?segment=0&offset=0&limit=5");
        String model = field(calls.get("/api/v1/jobs"), "/models/0/name");
        calls.post("/api/v1/jobs/" + model + "/rebuild", null);
        calls.get("/api/v1/llm/usage?days=7");
        calls.post("/api/v1/llm/ping", null);
    }

    private void content() {
        calls.put(
                "/api/v1/content/brand-voice",
                "{\"description\":\"Warm and plain\",\"preferredWords\":[\"handmade\"],\"avoidedWords\":[\"cheap\"],"
                        + "\"bannedPhrases\":[\"act now\"],\"examples\":[\"Made to last.\"]}");
        ApiClient.Reply batch = calls.post(
                "/api/v1/content/generate",
                "{\"channel\":\"email\",\"customer\":\"" + CUSTOMER + "\",\"product\":\"" + PRODUCT
                        + "\",\"goal\":\"spring sale\",\"tone\":\"friendly\",\"keywords\":[\"spring\"],"
                        + "\"variants\":2,\"seed\":3}");
        calls.post(
                "/api/v1/content/generate",
                "{\"channel\":\"social\",\"segment\":\"0\",\"language\":\"zh\",\"network\":\"weibo\",\"variants\":1}");
        String kept = field(batch, "/variants/0/id");
        String dropped = field(batch, "/variants/1/id");
        ids.put("content", kept);
        calls.put(
                "/api/v1/content/" + kept,
                "{\"fields\":" + batch.body().at("/variants/0/fields").toString() + "}");
        calls.post("/api/v1/content/" + kept + "/approve", "{\"comment\":\"good\"}");
        calls.post("/api/v1/content/" + kept + "/use", "{\"campaign\":\"spring\"}");
        calls.post("/api/v1/content/" + kept + "/win", null);
        calls.post("/api/v1/content/" + kept + "/wording-review", null);
        calls.post("/api/v1/content/" + dropped + "/reject", "{\"comment\":\"too long\"}");
        calls.get("/api/v1/content?status=approved&channel=email&offset=0&limit=5");
        calls.get("/api/v1/content?batch=" + field(batch, "/batchId"));
    }

    private void experiments() {
        calls.post("/api/v1/experiments", ExperimentApiIT.experiment("contract-ab", "ab", "conversion", false));
        ids.put("experiments", "contract-ab");
        calls.post("/api/v1/experiments/contract-ab/variants/B/approve", null);
        calls.post("/api/v1/experiments/contract-ab/start", null);
        calls.post("/api/v1/experiments/contract-ab/assignments", "{\"unitId\":\"u1\"}");
        calls.get("/api/v1/experiments/contract-ab/report?cupedDays=0");
        calls.post("/api/v1/experiments/contract-ab/stop", null);
        calls.post(
                "/api/v1/experiments", ExperimentApiIT.experiment("contract-bandit", "thompson", "conversion", true));
        calls.post("/api/v1/experiments/contract-bandit/start", null);
        calls.post("/api/v1/experiments/contract-bandit/arm", "{\"unitId\":\"v1\"}");
        calls.post("/api/v1/experiments/contract-bandit/rewards", "{\"variant\":\"B\",\"reward\":1}");
        calls.get("/api/v1/experiments/contract-bandit/bandit");
    }

    /** A decisive A/B test in a campaign, so that the loop advances (it answers 409 while undecided). */
    private void learningLoop() {
        calls.post(
                "/api/v1/experiments",
                ExperimentApiIT.experiment("contract-loop", "ab", "conversion", true)
                        .replace("\"metric\"", "\"campaignId\":\"contract\",\"metric\""));
        calls.post("/api/v1/experiments/contract-loop/start", null);
        SplittableRandom random = new SplittableRandom(9);
        StringBuilder events = new StringBuilder("[");
        // the server's zone, which it reads these local times in (the same JVM)
        LocalDateTime at =
                LocalDateTime.now(ZoneId.systemDefault()).minusDays(3).withNano(0);
        for (int u = 0; u < 6_000; u++) {
            String unit = "loop-" + u;
            String variant =
                    calls.app().app.experiments.assign("contract-loop", unit).variant();
            events.append(u > 0 ? "," : "").append(event("x" + u, "exposure", unit, at));
            if (random.nextDouble() < (variant.equals("B") ? 0.15 : 0.05)) {
                events.append(",").append(event("c" + u, "conversion", unit, at.plusMinutes(1)));
            }
        }
        calls.post("/api/v1/events", events.append("]").toString());
        calls.get("/api/v1/experiments/contract-loop/report");
        calls.post("/api/v1/experiments/contract-loop/advance", null);
    }

    private static String event(String id, String type, String unit, LocalDateTime at) {
        return "{\"id\":\"loop-" + id + "\",\"type\":\"" + type + "\",\"experimentId\":\"contract-loop\","
                + "\"unitId\":\"" + unit + "\",\"occurredAt\":\"" + at + "\"}";
    }

    private void support() {
        String session = field(calls.post("/api/v1/chat/sessions", null), "/id");
        ids.put("sessions", session);
        String messages = "/api/v1/chat/sessions/" + session + "/messages";
        calls.post(messages, "{\"text\":\"How do I return an item?\"}");
        calls.send(
                "POST",
                messages,
                "application/json",
                "{\"text\":\"I would like to buy a cabinet\"}",
                "Accept",
                "text/event-stream");
        calls.get(messages + "?after=1");
        calls.post("/api/v1/chat/sessions/" + session + "/handoff", null);
        ids.put("conversations", session);
        calls.get("/api/v1/support/conversations?status=handoff&limit=5");
        calls.post("/api/v1/support/conversations/" + session + "/reply", "{\"text\":\"Happy to help.\"}");
        calls.post("/api/v1/support/conversations/" + session + "/customer", "{\"customerId\":\"" + CUSTOMER + "\"}");
        calls.post("/api/v1/support/conversations/" + session + "/close", null);
        calls.get("/api/v1/support/unanswered?limit=5");
        for (String mode : new String[] {"hybrid", "bm25", "vector"}) {
            calls.get("/api/v1/support/kb/search?q=return%20policy&k=3&mode=" + mode);
        }
        calls.post("/api/v1/support/kb/catalogue", null);
    }

    /**
     * Webhooks out: a subscription removed, and one kept whose event a local receiver refuses for good (410), so that
     * the failed delivery can be replayed.
     */
    private void webhooks() {
        com.sun.net.httpserver.HttpServer receiver;
        try {
            receiver = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        receiver.createContext("/gone", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(410, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String subscription =
                    "{\"url\":\"http://127.0.0.1:" + receiver.getAddress().getPort()
                            + "/gone\",\"events\":[\"%s\"],\"secret\":\"contract-secret-0123456789\"}";
            ApiClient.Reply removed =
                    calls.post("/api/v1/webhooks/subscriptions", String.format(subscription, "message.opened"));
            calls.delete("/api/v1/webhooks/subscriptions/" + field(removed, "/id"));
            ApiClient.Reply kept =
                    calls.post("/api/v1/webhooks/subscriptions", String.format(subscription, "experiment.decided"));
            String id = field(kept, "/id");
            ids.put("subscriptions", id);
            calls.get("/api/v1/webhooks/subscriptions");
            calls.app()
                    .app
                    .webhooks
                    .service
                    .publish(
                            io.marketpilot.core.webhook.WebhookEventType.EXPERIMENT_DECIDED,
                            Map.of("experimentId", "contract"));
            Instant until = Instant.now().plusSeconds(30);
            String failed = "";
            while (failed.isEmpty() && Instant.now().isBefore(until)) {
                ApiClient.Reply log = calls.get("/api/v1/webhooks/subscriptions/" + id + "/deliveries?limit=5");
                if (log.body().path(0).path("status").asText().equals("failed")) {
                    failed = log.body().path(0).path("id").asText();
                } else {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError("interrupted", e);
                    }
                }
            }
            if (failed.isEmpty()) {
                throw new AssertionError("the server's webhook worker did not post the event within 30 s");
            }
            calls.post("/api/v1/webhooks/deliveries/" + failed + "/replay", null);
        } finally {
            receiver.stop(0);
        }
    }

    private void administration() {
        ApiClient.Reply issued = calls.post("/api/v1/apikeys", "{\"name\":\"contract\",\"role\":\"viewer\"}");
        calls.delete("/api/v1/apikeys/" + field(issued, "/key/id"));
        calls.get("/api/v1/audit?offset=0&limit=5&q=import");
    }
}
