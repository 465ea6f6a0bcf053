package io.marketpilot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.access.Role;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.core.store.RecommenderVersions;
import io.marketpilot.core.store.ReviewFilter;
import io.marketpilot.core.store.ReviewListening;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.core.store.SalesAnalytics;
import io.marketpilot.core.store.SegmentationRuns;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.store.analytics.JdbcSalesAnalytics;
import io.marketpilot.store.apikey.JdbcApiKeys;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.privacy.JdbcCustomerPrivacy;
import io.marketpilot.store.review.JdbcReviewRepository;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store's repositories, privacy, keys and ledgers, run against every real database by the subclasses. */
abstract class StoreContract extends StoreFixture {
    /** When the analyses below ran; no test reads the clock, so that every run stores the same rows. */
    private static final LocalDateTime ANALYSED_AT = LocalDateTime.of(2026, 2, 1, 10, 0);

    @Test
    void forgettingACustomerRemovesTheirPersonalDataButKeepsRevenue() {
        loadShop();
        load(ImportKind.EVENTS, "events.jsonl");
        load(ImportKind.REVIEWS, "reviews.csv");
        double revenue = new JdbcSalesAnalytics(db).kpis().revenue();
        var customers = new JdbcCustomerRepository(db);
        var privacy = new JdbcCustomerPrivacy(
                db,
                audit,
                customers,
                new JdbcOrderRepository(db),
                new JdbcEventRepository(db),
                new JdbcReviewRepository(db));

        var sentiments = new io.marketpilot.store.insight.JdbcReviewSentiments(db);
        sentiments.saveAll(
                java.util.List.of(new ReviewSentiments.Result("R1", "m", "positive", 0.8, 0, 0.2, 0.8)), ANALYSED_AT);
        var listening = new io.marketpilot.store.insight.JdbcReviewListening(db);
        listening.save(
                java.util.List.of(new ReviewListening.Emotion("R1", "e", "joy", 0.9, Map.of("joy", 0.9))),
                java.util.List.of(new ReviewListening.Embedding("R1", "v", new float[] {1f})),
                java.util.List.of(new ReviewListening.Clause("R1", 0, "m", "Great", 0.8)),
                ANALYSED_AT);
        new io.marketpilot.store.segment.JdbcSegmentationRuns(db)
                .save(
                        new io.marketpilot.core.store.SegmentationRuns.Run(
                                0, ANALYSED_AT, ANALYSED_AT.toLocalDate(), 2, 1, 0.5, 10, "v1", Map.of()),
                        Map.of(),
                        java.util.List.of(
                                new io.marketpilot.core.store.SegmentationRuns.Member("C1", 0, 1.0, 0, 0),
                                new io.marketpilot.core.store.SegmentationRuns.Member("C2", 1, 1.0, 1, 1)));
        Map<String, Object> exported = privacy.export("C1", "test");
        assertThat(exported).containsKeys("customer", "orders", "events", "reviews", "segments");
        privacy.forget("C1", "test");

        assertThat(customers.find("C1")).isEmpty();
        assertThat(new JdbcReviewRepository(db).forCustomer("C1")).isEmpty();
        assertThat(new JdbcEventRepository(db).forCustomer("C1")).isEmpty();
        assertThat(rows("review_sentiment")).isZero();
        assertThat(rows("review_emotion") + rows("review_embedding") + rows("review_clause"))
                .isZero();
        assertThat(new io.marketpilot.store.segment.JdbcSegmentationRuns(db).history("C1"))
                .isEmpty();
        assertThat(new io.marketpilot.store.segment.JdbcSegmentationRuns(db).history("C2"))
                .hasSize(1);
        assertThat(new JdbcOrderRepository(db).forCustomer("C1")).isEmpty();
        assertThat(new JdbcOrderRepository(db).find("O1").orElseThrow().customerId())
                .isNull();
        String everything = dumpAllText();
        assertThat(everything).doesNotContain("ana@example.com").doesNotContain("Ana Silva");
        assertThat(new JdbcSalesAnalytics(db).kpis().revenue()).isEqualTo(revenue);
        assertThat(audit.list(PageRequest.first(10)).items())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("customer.forget"));
    }

    private String dumpAllText() {
        StringBuilder sb = new StringBuilder();
        for (String table : new String[] {"customers", "orders", "events", "reviews"}) {
            db.jdbi()
                    .useHandle(h ->
                            h.createQuery("SELECT * FROM " + table).mapToMap().forEach(m -> sb.append(m)));
        }
        return sb.toString();
    }

    @Test
    void apiKeysVerifyOnlyTheirExactSecretUntilRevoked() {
        JdbcApiKeys keys = new JdbcApiKeys(db, audit, Clock.systemUTC());
        var issued = keys.create("ci", Role.VIEWER, "test");

        assertThat(keys.verify(issued.secret()))
                .hasValueSatisfying(k -> assertThat(k.role()).isEqualTo(Role.VIEWER));
        assertThat(keys.verify(issued.secret() + "x")).isEmpty();
        assertThat(keys.verify(issued.secret().substring(0, issued.secret().length() - 1) + "0"))
                .satisfiesAnyOf(k -> assertThat(k).isEmpty(), k -> assertThat(issued.secret())
                        .endsWith("0"));
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT key_hash FROM api_keys")
                .mapTo(String.class)
                .one());
        assertThat(stored).doesNotContain(issued.secret());
        keys.revoke(issued.key().id(), "test");
        assertThat(keys.verify(issued.secret())).isEmpty();
    }

    @Test
    void wholeTableReadsStreamEveryRowOnceAndLeaveTheConnectionAsTheyFoundIt() {
        var events = new JdbcEventRepository(db);
        java.util.List<io.marketpilot.core.domain.Event> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 12_345; i++) {
            batch.add(new io.marketpilot.core.domain.Event(
                    String.format("E%06d", i),
                    "page_view",
                    null,
                    null,
                    java.time.LocalDateTime.of(2024, 1, 1, 0, 0).minusMinutes(i),
                    Map.of("source", "search")));
        }
        events.saveAll(batch);

        java.util.List<String> seen = new java.util.ArrayList<>();
        events.forEach(e -> seen.add(e.id()));
        assertThat(seen).hasSize(12_345).isSorted().doesNotHaveDuplicates();
        // an ordinary listing on a pooled connection afterwards still sorts by date, newest first
        assertThat(events.list(PageRequest.first(2)).items())
                .extracting(io.marketpilot.core.domain.Event::id)
                .containsExactly("E000000", "E000001");

        loadShop();
        var orders = new JdbcOrderRepository(db);
        java.util.List<io.marketpilot.core.domain.OrderLine> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 7_000; i++) {
            many.add(new io.marketpilot.core.domain.OrderLine(i, "P1", 1, 1, 1));
        }
        // a page of lines ends inside this order: it must still arrive whole
        orders.save(new io.marketpilot.core.domain.Order(
                "BIG",
                "C1",
                java.time.LocalDateTime.of(2024, 3, 1, 9, 0),
                "GB",
                io.marketpilot.core.domain.OrderKind.SALE,
                many));
        long stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM order_lines")
                .mapTo(Long.class)
                .one());
        java.util.List<String> lines = new java.util.ArrayList<>();
        java.util.Map<String, Integer> perOrder = new java.util.HashMap<>();
        orders.forEach(o -> {
            perOrder.put(o.id(), o.lines().size());
            o.lines().forEach(l -> lines.add(o.id() + "/" + l.lineNo()));
        });
        assertThat(lines).hasSize((int) stored).doesNotHaveDuplicates();
        assertThat(perOrder).containsEntry("BIG", 7_000);
    }

    @Test
    void salesFiguresAddUpPerMonth() {
        loadShop();
        var analytics = new JdbcSalesAnalytics(db);

        assertThat(analytics.revenueByMonth(java.util.Optional.empty()))
                .extracting(SalesAnalytics.MonthRevenue::month)
                .containsExactly("2024-01", "2024-02");
        assertThat(analytics.kpis().revenue())
                .isCloseTo(2 * 9.90 + 19 + 19 + 3 * 9.90, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(analytics.topProducts(1)).singleElement().satisfies(p -> assertThat(p.productId())
                .isEqualTo("P1"));
    }

    @Test
    void recommenderVersionsAreNumberedAndKeptNewestFirst() {
        var versions = new io.marketpilot.store.recommend.JdbcRecommenderVersions(db);
        assertThat(versions.latest()).isEmpty();
        assertThat(versions.nextVersion()).isEqualTo(1);
        for (int v = 1; v <= 3; v++) {
            versions.save(new RecommenderVersions.Version(
                    versions.nextVersion(),
                    java.time.LocalDateTime.of(2026, 1, v, 12, 0),
                    "stamp" + v,
                    "hybrid",
                    "pool=100",
                    10 * v,
                    5,
                    100 * v,
                    java.util.List.of(new RecommenderVersions.CandidateScore(
                            "als", "factors=32", 0.1, 0.2, v / 10.0, 0.05, 0.5, 1.25))));
        }
        assertThat(versions.nextVersion()).isEqualTo(4);
        assertThat(versions.recent(2))
                .extracting(RecommenderVersions.Version::version)
                .containsExactly(3, 2);
        assertThat(versions.latest().orElseThrow().evaluation())
                .containsExactly(
                        new RecommenderVersions.CandidateScore("als", "factors=32", 0.1, 0.2, 0.3, 0.05, 0.5, 1.25));
        assertThat(versions.latest().orElseThrow().customers()).isEqualTo(30);
    }

    @Test
    void recommenderEvaluationsWrittenByEarlierVersionsStillRead() {
        db.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO recommender_models (version, trained_at, data_stamp, served, parameters,"
                                + " customers, products, interactions, evaluation) VALUES (1, ?, 's', 'als', 'p', 1, 1,"
                                + " 1, ?)",
                        java.time.LocalDateTime.of(2026, 1, 1, 12, 0),
                        "[{\"algorithm\":\"als\",\"parameters\":\"factors=32\",\"precision\":0.1,\"recall\":0.2,"
                                + "\"ndcg\":0.3,\"map\":0.05,\"coverage\":0.5,\"train_seconds\":1.25}]"));

        assertThat(new io.marketpilot.store.recommend.JdbcRecommenderVersions(db)
                        .latest()
                        .orElseThrow()
                        .evaluation())
                .containsExactly(
                        new RecommenderVersions.CandidateScore("als", "factors=32", 0.1, 0.2, 0.3, 0.05, 0.5, 1.25));
    }

    @Test
    void segmentationRunsKeepTheirParametersAndSummaryAsTheyWereGiven() {
        loadShop();
        var runs = new io.marketpilot.store.segment.JdbcSegmentationRuns(db);
        Map<String, Object> parameters = Map.of("k", "auto", "kMax", 8, "seed", 42);
        Map<String, Object> summary = Map.of(
                "segments",
                java.util.List.of(
                        Map.of("segment", 0, "name", "Loyal", "size", 1, "topCategories", java.util.List.of("Cables")),
                        Map.of("segment", 1, "name", "New", "size", 1, "topCategories", java.util.List.of())),
                "kChoice",
                Map.of("verdict", "chosen", "k", 2, "uniformNoiseSilhouette", 0.25));
        long id = runs.save(
                new SegmentationRuns.Run(
                        0,
                        java.time.LocalDateTime.of(2024, 3, 1, 9, 0),
                        java.time.LocalDate.of(2024, 3, 1),
                        2,
                        42,
                        Double.NaN,
                        10,
                        "v1",
                        parameters),
                summary,
                java.util.List.of(
                        new SegmentationRuns.Member("C1", 0, 1.0, 0, 0),
                        new SegmentationRuns.Member("C2", 1, 1.0, 1, 1)));

        SegmentationRuns.Run run = runs.find(id).orElseThrow();
        assertThat(run.parameters()).isEqualTo(parameters);
        assertThat(run.silhouette()).isNaN();
        assertThat(runs.summary(id)).hasValue(summary);
        assertThat(runs.latest()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(id));
        assertThat(runs.summary(id + 1)).isEmpty();
    }

    @Test
    void anUnreadableStoredRunSummaryIsAnInternalError() {
        var runs = new io.marketpilot.store.segment.JdbcSegmentationRuns(db);
        long id = runs.save(
                new SegmentationRuns.Run(0, ANALYSED_AT, ANALYSED_AT.toLocalDate(), 1, 1, 0.1, 1, "v1", Map.of()),
                Map.of(),
                java.util.List.of());
        db.jdbi().useHandle(h -> h.execute("UPDATE segmentation_runs SET result = 'not json' WHERE id = ?", id));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runs.summary(id))
                .isInstanceOfSatisfying(io.marketpilot.core.MarketPilotException.class, e -> assertThat(e.code())
                        .isEqualTo(io.marketpilot.core.ErrorCode.INTERNAL));
    }

    @Test
    void llmUsageAddsUpPerProviderModelAndFeature() {
        var log = new io.marketpilot.store.llm.JdbcLlmUsageLog(db);
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2026, 1, 1, 12, 0);
        log.record(new io.marketpilot.core.llm.LlmUsageLog.Call(
                t, "openai", "gpt-x", "content.email", 100, 20, 300, java.util.Optional.of(0.5), "ok", 2));
        log.record(new io.marketpilot.core.llm.LlmUsageLog.Call(
                t, "openai", "gpt-x", "content.email", 0, 0, 0, java.util.Optional.of(0.0), "cached", 0));
        log.record(new io.marketpilot.core.llm.LlmUsageLog.Call(
                t, "openai", "gpt-x", "content.email", 0, 0, 100, java.util.Optional.empty(), "failed", 4));
        log.record(new io.marketpilot.core.llm.LlmUsageLog.Call(
                t.minusDays(2), "ollama", "llama", "assistant", 5, 5, 10, java.util.Optional.empty(), "ok", 1));

        var totals = log.totals(t.minusDays(1));

        assertThat(totals).singleElement().satisfies(r -> {
            assertThat(r.calls()).isEqualTo(3);
            assertThat(r.cacheHits()).isEqualTo(1);
            assertThat(r.failures()).isEqualTo(1);
            assertThat(r.inputTokens()).isEqualTo(100);
            assertThat(r.averageLatencyMillis()).isEqualTo(200.0);
            assertThat(r.cost()).isEqualTo(0.5);
            assertThat(r.pricedCalls()).isEqualTo(2);
        });
        assertThat(log.totals(t.minusDays(3))).hasSize(2);
    }

    @Test
    void customersRecentReviewScoresComeOncePerReviewWithTheLowestScore() {
        loadShop();
        load(ImportKind.REVIEWS, "reviews.csv");
        var sentiments = new io.marketpilot.store.insight.JdbcReviewSentiments(db);
        sentiments.saveAll(
                java.util.List.of(
                        new ReviewSentiments.Result("R1", "en-model", "negative", -0.6, 0.6, 0.4, 0),
                        new ReviewSentiments.Result("R1", "other-model", "negative", -0.7, 0.7, 0.3, 0),
                        new ReviewSentiments.Result("R1", "unasked", "negative", -0.9, 0.9, 0.1, 0),
                        new ReviewSentiments.Result("R2", "en-model", "positive", 0.7, 0.15, 0, 0.85)),
                ANALYSED_AT);
        var models = java.util.List.of("en-model", "other-model");

        var scores = sentiments.customerScoresSince(models, java.time.LocalDateTime.of(2024, 1, 1, 0, 0));

        assertThat(scores)
                .as("R2 has no customer")
                .containsExactly(new ReviewSentiments.CustomerReviewScore(
                        "R1", "C1", java.time.LocalDateTime.of(2024, 1, 20, 9, 0), -0.7));
        assertThat(sentiments.customerScoresSince(models, java.time.LocalDateTime.of(2024, 1, 20, 9, 1)))
                .as("written before the day asked for")
                .isEmpty();
    }

    @Test
    void listeningResultsRoundTripWithTheirModelsAndFilter() {
        loadShop();
        load(ImportKind.REVIEWS, "reviews.csv");
        var listening = new io.marketpilot.store.insight.JdbcReviewListening(db);
        assertThat(listening.pending())
                .extracting(io.marketpilot.core.domain.Review::id)
                .containsExactly("R1", "R2");
        new io.marketpilot.store.insight.JdbcReviewSentiments(db)
                .saveAll(
                        java.util.List.of(
                                new ReviewSentiments.Result("R2", "zh-model", "positive", 0.7, 0.15, 0, 0.85)),
                        ANALYSED_AT);
        float[] vector = {0.25f, -1.5e-7f, 3.4028235e38f};
        listening.save(
                java.util.List.of(new ReviewListening.Emotion("R1", "emo", "joy", 0.6, Map.of("joy", 0.6))),
                java.util.List.of(
                        new ReviewListening.Embedding("R1", "en-emb", vector),
                        new ReviewListening.Embedding("R2", "zh-emb", vector)),
                java.util.List.of(
                        new ReviewListening.Clause("R2", 0, "zh-model", "手机壳质量很好", 0.9),
                        new ReviewListening.Clause("R2", 1, "zh-model", "手感不错", 0.5)),
                ANALYSED_AT);

        assertThat(listening.pending()).isEmpty();
        var zh = new ReviewFilter(
                java.util.Optional.empty(),
                java.util.Optional.of("zh"),
                java.util.Optional.empty(),
                java.util.Optional.of(java.time.LocalDate.of(2024, 2, 10)),
                java.util.Optional.of(java.time.LocalDate.of(2024, 2, 10)));
        var rows = listening.rows(zh, java.util.List.of("zh-model", "en-model"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).id()).isEqualTo("R2");
        assertThat(rows.get(0).sentiment()).isEqualTo(0.7);
        assertThat(rows.get(0).sentimentModel()).isEqualTo("zh-model");
        assertThat(rows.get(0).vector()).containsExactly(vector);
        assertThat(listening.clauses(zh).get("R2")).extracting(c -> c.text()).containsExactly("手机壳质量很好", "手感不错");
        var all = listening.rows(ReviewFilter.none(), java.util.List.of("zh-model"));
        assertThat(all).hasSize(2);
        assertThat(Double.isNaN(all.get(0).sentiment()))
                .as("R1 has no zh-model score")
                .isTrue();
        assertThat(all.get(0).emotion()).isEqualTo("joy");
        assertThat(listening.emotionCounts(ReviewFilter.none()))
                .containsExactly(new ReviewListening.EmotionCount("joy", "emo", 1));
        String storedScores = db.jdbi().withHandle(h -> h.createQuery("SELECT scores FROM review_emotion")
                .mapTo(String.class)
                .one());
        assertThat(storedScores)
                .as("the scores are kept as a JSON object of label to probability")
                .isEqualTo("{\"joy\":0.6}");
    }
}
