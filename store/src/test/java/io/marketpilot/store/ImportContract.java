package io.marketpilot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportRejectedException;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.store.analytics.JdbcSalesAnalytics;
import io.marketpilot.store.customer.JdbcCustomerRepository;
import io.marketpilot.store.event.JdbcEventRepository;
import io.marketpilot.store.export.JdbcExporter;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.product.JdbcProductRepository;
import io.marketpilot.store.review.JdbcReviewRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Importing and exporting, run against every real database by the subclasses. */
abstract class ImportContract extends StoreFixture {
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
        assertThat(new JdbcSalesAnalytics(db).kpis().revenue())
                .isCloseTo(44.19, org.assertj.core.data.Offset.offset(1e-9));
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
        JdbcExporter exporter = new JdbcExporter(db, audit);
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
}
