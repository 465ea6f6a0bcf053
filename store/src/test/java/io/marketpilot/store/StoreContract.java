package io.marketpilot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.analytics.SalesAnalytics;
import io.marketpilot.store.apikey.ApiKeys;
import io.marketpilot.store.apikey.Role;
import io.marketpilot.store.audit.AuditLog;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.export.Exporter;
import io.marketpilot.store.imports.ImportKind;
import io.marketpilot.store.imports.ImportProgress;
import io.marketpilot.store.imports.ImportRejectedException;
import io.marketpilot.store.imports.ImportReport;
import io.marketpilot.store.imports.Importer;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.privacy.CustomerPrivacy;
import io.marketpilot.store.product.JdbcProductRepository;
import io.marketpilot.store.review.JdbcReviewRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's behaviour, run against every real database by the subclasses. */
abstract class StoreContract {
    protected Database db;
    private AuditLog audit;
    private Importer importer;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeEach
    void setUp() {
        db = open();
        audit = new AuditLog(db, Clock.systemUTC());
        importer = new Importer(
                db, audit, text -> text.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) ? "zh" : "en");
    }

    @AfterEach
    void tearDown() {
        cleanUp();
        db.close();
    }

    private ImportReport load(ImportKind kind, String resource) {
        return importer.importFile(kind, resource, resource(resource), false, "test", ImportProgress.NONE);
    }

    private static InputStream resource(String name) {
        InputStream in = StoreContract.class.getResourceAsStream("/imports/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        return in;
    }

    private void loadShop() {
        load(ImportKind.CUSTOMERS, "customers.csv");
        load(ImportKind.PRODUCTS, "products.tsv");
        load(ImportKind.ORDERS, "orders.csv");
    }

    private long rows(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class)
                .one());
    }

    @Test
    void importingTheSameFileTwiceLeavesTheSameRowCounts() {
        loadShop();
        long orders = rows("orders");
        long lines = rows("order_lines");
        ImportReport again = load(ImportKind.ORDERS, "orders.csv");

        assertThat(rows("orders")).isEqualTo(orders).isEqualTo(3);
        assertThat(rows("order_lines")).isEqualTo(lines).isEqualTo(4);
        assertThat(again.tables().get("orders").added()).isZero();
        assertThat(again.tables().get("orders").existing()).isEqualTo(3);
    }

    @Test
    void fileWithOneBadRowImportsNothingAndNamesTheRowAndReason() {
        loadShop();
        long before = rows("orders");

        assertThatThrownBy(() -> load(ImportKind.ORDERS, "orders-bad-row.csv"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    assertThat(e.errors().getFirst().line()).isEqualTo(3);
                    assertThat(e.errors().getFirst().field()).isEqualTo("quantity");
                    assertThat(e.getMessage()).contains("line 3").contains("negative");
                });
        assertThat(rows("orders")).isEqualTo(before);
    }

    @Test
    void refusesOrdersForUnknownCustomers() {
        load(ImportKind.PRODUCTS, "products.tsv");

        assertThatThrownBy(() -> load(ImportKind.ORDERS, "orders.csv"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(Object::toString)
                        .contains("line 2 (customer_id): customer 'C1' is unknown: import customers first"));
        assertThat(rows("orders")).isZero();
    }

    @Test
    void dryRunReportsButWritesNothing() {
        load(ImportKind.CUSTOMERS, "customers.csv");
        ImportReport report = importer.importFile(
                ImportKind.PRODUCTS, "products.tsv", resource("products.tsv"), true, "test", ImportProgress.NONE);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.tables().get("products").added()).isEqualTo(2);
        assertThat(rows("products")).isZero();
    }

    @Test
    void readsTheOnlineRetailLayoutAsPublished() {
        ImportReport report = load(ImportKind.ORDERS, "online-retail.csv");

        assertThat(report.layout()).isEqualTo("uci-online-retail");
        var orders = new JdbcOrderRepository(db);
        assertThat(orders.find("C536379").orElseThrow().kind()).isEqualTo(OrderKind.RETURN);
        assertThat(orders.find("536366").orElseThrow().customerId()).isNull();
        assertThat(orders.find("536365").orElseThrow().customerId()).isEqualTo("17850");
        assertThat(new JdbcProductRepository(db).find("85123A").orElseThrow().name())
                .isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
        assertThat(new JdbcCustomerRepository(db).find("17850").orElseThrow().country())
                .isEqualTo("United Kingdom");
        // 6 × 2.55 + 6 × 3.39 + 6 × 1.85 − 2.55
        assertThat(new SalesAnalytics(db).kpis().revenue()).isCloseTo(44.19, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void readsTheSuperstoreAndCdnowLayouts() {
        assertThat(load(ImportKind.ORDERS, "superstore.csv").layout()).isEqualTo("superstore");
        assertThat(load(ImportKind.ORDERS, "cdnow.csv").layout()).isEqualTo("cdnow");

        var orders = new JdbcOrderRepository(db);
        assertThat(orders.find("US-2019-100001").orElseThrow().lines()).hasSize(2);
        assertThat(new JdbcProductRepository(db)
                        .find("TEC-PH-10000002")
                        .orElseThrow()
                        .category())
                .isEqualTo("Technology > Phones");
        assertThat(orders.forCustomer("0002")).hasSize(2);
        assertThat(orders.forCustomer("0001").getFirst().total()).isEqualTo(29.33);
    }

    @Test
    void importsEventsAndReviewsWithReferencesChecked() {
        loadShop();
        load(ImportKind.EVENTS, "events.jsonl");
        load(ImportKind.REVIEWS, "reviews.csv");

        var events = new JdbcEventRepository(db).forCustomer("C2");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.properties())
                .containsEntry("campaign", "winter"));
        var reviews = new JdbcReviewRepository(db).forProduct("P2");
        assertThat(reviews).singleElement().satisfies(r -> assertThat(r.language())
                .isEqualTo("zh"));
    }

    @Test
    void exportedFilesImportBackToTheSameRows() {
        loadShop();
        Exporter exporter = new Exporter(db, audit);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = exporter.export(ImportKind.ORDERS, "orders.jsonl.gz", out, "test");

        assertThat(written).isEqualTo(4);
        ImportReport report = importer.importFile(
                ImportKind.ORDERS,
                "orders.jsonl.gz",
                new ByteArrayInputStream(out.toByteArray()),
                false,
                "test",
                ImportProgress.NONE);
        assertThat(report.tables().get("orders").added()).isZero();
        assertThat(report.tables().get("orders").existing()).isEqualTo(3);
        assertThat(rows("order_lines")).isEqualTo(4);
    }

    @Test
    void forgettingACustomerRemovesTheirPersonalDataButKeepsRevenue() {
        loadShop();
        load(ImportKind.EVENTS, "events.jsonl");
        load(ImportKind.REVIEWS, "reviews.csv");
        double revenue = new SalesAnalytics(db).kpis().revenue();
        var customers = new JdbcCustomerRepository(db);
        var privacy = new CustomerPrivacy(
                db,
                audit,
                customers,
                new JdbcOrderRepository(db),
                new JdbcEventRepository(db),
                new JdbcReviewRepository(db));

        var sentiments = new io.marketpilot.store.insight.ReviewSentiments(db);
        sentiments.saveAll(
                java.util.List.of(new io.marketpilot.store.insight.ReviewSentiments.Result(
                        "R1", "m", "positive", 0.8, 0, 0.2, 0.8)),
                java.time.LocalDateTime.now());
        var listening = new io.marketpilot.store.insight.ReviewListening(db);
        listening.save(
                java.util.List.of(
                        new io.marketpilot.store.insight.ReviewListening.Emotion("R1", "e", "joy", 0.9, "{}")),
                java.util.List.of(
                        new io.marketpilot.store.insight.ReviewListening.Embedding("R1", "v", new float[] {1f})),
                java.util.List.of(new io.marketpilot.store.insight.ReviewListening.Clause("R1", 0, "m", "Great", 0.8)),
                java.time.LocalDateTime.now());
        new io.marketpilot.store.segment.SegmentationRuns(db)
                .save(
                        new io.marketpilot.store.segment.SegmentationRuns.Run(
                                0, java.time.LocalDateTime.now(), java.time.LocalDate.now(), 2, 1, 0.5, 10, "v1", "{}"),
                        "{}",
                        java.util.List.of(
                                new io.marketpilot.store.segment.SegmentationRuns.Member("C1", 0, 1.0, 0, 0),
                                new io.marketpilot.store.segment.SegmentationRuns.Member("C2", 1, 1.0, 1, 1)));
        Map<String, Object> exported = privacy.export("C1", "test");
        assertThat(exported).containsKeys("customer", "orders", "events", "reviews", "segments");
        privacy.forget("C1", "test");

        assertThat(customers.find("C1")).isEmpty();
        assertThat(new JdbcReviewRepository(db).forCustomer("C1")).isEmpty();
        assertThat(new JdbcEventRepository(db).forCustomer("C1")).isEmpty();
        assertThat(rows("review_sentiment")).isZero();
        assertThat(rows("review_emotion") + rows("review_embedding") + rows("review_clause"))
                .isZero();
        assertThat(new io.marketpilot.store.segment.SegmentationRuns(db).history("C1"))
                .isEmpty();
        assertThat(new io.marketpilot.store.segment.SegmentationRuns(db).history("C2"))
                .hasSize(1);
        assertThat(new JdbcOrderRepository(db).forCustomer("C1")).isEmpty();
        assertThat(new JdbcOrderRepository(db).find("O1").orElseThrow().customerId())
                .isNull();
        String everything = dumpAllText();
        assertThat(everything).doesNotContain("ana@example.com").doesNotContain("Ana Silva");
        assertThat(new SalesAnalytics(db).kpis().revenue()).isEqualTo(revenue);
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
        ApiKeys keys = new ApiKeys(db, audit, Clock.systemUTC());
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
    void salesFiguresAddUpPerMonth() {
        loadShop();
        var analytics = new SalesAnalytics(db);

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
        var versions = new io.marketpilot.store.recommend.RecommenderVersions(db);
        assertThat(versions.latest()).isEmpty();
        assertThat(versions.nextVersion()).isEqualTo(1);
        for (int v = 1; v <= 3; v++) {
            versions.save(new io.marketpilot.store.recommend.RecommenderVersions.Version(
                    versions.nextVersion(),
                    java.time.LocalDateTime.of(2026, 1, v, 12, 0),
                    "stamp" + v,
                    "hybrid",
                    "pool=100",
                    10 * v,
                    5,
                    100 * v,
                    "[{\"algorithm\":\"als\",\"ndcg\":0." + v + "}]"));
        }
        assertThat(versions.nextVersion()).isEqualTo(4);
        assertThat(versions.recent(2))
                .extracting(io.marketpilot.store.recommend.RecommenderVersions.Version::version)
                .containsExactly(3, 2);
        assertThat(versions.latest().orElseThrow().evaluationJson()).contains("0.3");
        assertThat(versions.latest().orElseThrow().customers()).isEqualTo(30);
    }

    @Test
    void unreadableBytesGiveAClearErrorNotACrash() {
        byte[] junk = new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, 3, (byte) 0xc3, 0x28};
        assertThatThrownBy(() -> importer.importFile(
                        ImportKind.CUSTOMERS,
                        "junk.csv",
                        new ByteArrayInputStream(junk),
                        false,
                        "test",
                        ImportProgress.NONE))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("Cannot read");
        assertThatThrownBy(() -> importer.importFile(
                        ImportKind.CUSTOMERS,
                        "nohead.csv",
                        new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                        false,
                        "test",
                        ImportProgress.NONE))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("Expected columns");
    }

    static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void llmUsageAddsUpPerProviderModelAndFeature() {
        var log = new io.marketpilot.store.llm.LlmUsageLog(db);
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2026, 1, 1, 12, 0);
        log.record(new io.marketpilot.store.llm.LlmUsageLog.Call(
                t, "openai", "gpt-x", "content.email", 100, 20, 300, java.util.Optional.of(0.5), "ok", 2));
        log.record(new io.marketpilot.store.llm.LlmUsageLog.Call(
                t, "openai", "gpt-x", "content.email", 0, 0, 0, java.util.Optional.of(0.0), "cached", 0));
        log.record(new io.marketpilot.store.llm.LlmUsageLog.Call(
                t, "openai", "gpt-x", "content.email", 0, 0, 100, java.util.Optional.empty(), "failed", 4));
        log.record(new io.marketpilot.store.llm.LlmUsageLog.Call(
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
    void listeningResultsRoundTripWithTheirModelsAndFilter() {
        loadShop();
        load(ImportKind.REVIEWS, "reviews.csv");
        var listening = new io.marketpilot.store.insight.ReviewListening(db);
        assertThat(listening.pending())
                .extracting(io.marketpilot.core.domain.Review::id)
                .containsExactly("R1", "R2");
        new io.marketpilot.store.insight.ReviewSentiments(db)
                .saveAll(
                        java.util.List.of(new io.marketpilot.store.insight.ReviewSentiments.Result(
                                "R2", "zh-model", "positive", 0.7, 0.15, 0, 0.85)),
                        java.time.LocalDateTime.now());
        float[] vector = {0.25f, -1.5e-7f, 3.4028235e38f};
        listening.save(
                java.util.List.of(new io.marketpilot.store.insight.ReviewListening.Emotion(
                        "R1", "emo", "joy", 0.6, "{\"joy\":0.6}")),
                java.util.List.of(
                        new io.marketpilot.store.insight.ReviewListening.Embedding("R1", "en-emb", vector),
                        new io.marketpilot.store.insight.ReviewListening.Embedding("R2", "zh-emb", vector)),
                java.util.List.of(
                        new io.marketpilot.store.insight.ReviewListening.Clause("R2", 0, "zh-model", "手机壳质量很好", 0.9),
                        new io.marketpilot.store.insight.ReviewListening.Clause("R2", 1, "zh-model", "手感不错", 0.5)),
                java.time.LocalDateTime.now());

        assertThat(listening.pending()).isEmpty();
        var zh = new io.marketpilot.store.insight.ReviewFilter(
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
        var all = listening.rows(io.marketpilot.store.insight.ReviewFilter.none(), java.util.List.of("zh-model"));
        assertThat(all).hasSize(2);
        assertThat(Double.isNaN(all.get(0).sentiment()))
                .as("R1 has no zh-model score")
                .isTrue();
        assertThat(all.get(0).emotion()).isEqualTo("joy");
        assertThat(listening.emotionCounts(io.marketpilot.store.insight.ReviewFilter.none()))
                .containsExactly(java.util.Map.of("label", "joy", "model", "emo", "reviews", 1L));
    }
}
