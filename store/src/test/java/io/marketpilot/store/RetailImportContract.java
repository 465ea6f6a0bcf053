package io.marketpilot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.domain.LineKind;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.store.export.JdbcExporter;
import io.marketpilot.store.order.JdbcOrderRepository;
import io.marketpilot.store.product.JdbcProductRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real UCI Online Retail files: 38 lines cut from the published file (PROVENANCE.md beside the test files), in
 * both published layouts. The expected figures were counted from the file independently of the importer.
 */
abstract class RetailImportContract extends StoreFixture {

    @ParameterizedTest
    @CsvSource({"online-retail-real.csv, uci-online-retail", "online-retail-ii-real.csv, uci-online-retail-ii"})
    void importsEveryOddityOfTheRealFilesAsARetailAnalystWould(String file, String layout) {
        ImportReport report = load(ImportKind.ORDERS, file);

        assertThat(report.layout()).isEqualTo(layout);
        assertThat(report.rows()).isEqualTo(38);
        assertThat(report.tables().get("orders").added()).isEqualTo(23);
        assertThat(report.tables().get("customers").added()).isEqualTo(12);
        assertThat(report.tables().get("products").added()).isEqualTo(22);
        List<Order> orders = allOrders();
        assertThat(orders.stream().collect(Collectors.groupingBy(Order::kind, Collectors.counting())))
                .isEqualTo(Map.of(OrderKind.SALE, 11L, OrderKind.RETURN, 5L, OrderKind.ADJUSTMENT, 7L));
        assertThat(orders.stream()
                        .flatMap(o -> o.lines().stream())
                        .collect(Collectors.groupingBy(OrderLine::kind, Collectors.counting())))
                .isEqualTo(Map.of(
                        LineKind.PRODUCT, 23L,
                        LineKind.ADJUSTMENT, 6L,
                        LineKind.FEE, 3L,
                        LineKind.SHIPPING, 3L,
                        LineKind.DISCOUNT, 1L,
                        LineKind.VOUCHER, 1L));
        assertThat(report.notes())
                .anyMatch(n -> n.startsWith("1 exact duplicate line"))
                .anyMatch(n -> n.startsWith("4 invoices without a customer and at price 0"))
                .anyMatch(n -> n.startsWith("2 invoices have lines at two or more times"))
                .anyMatch(n -> n.contains("shipping lines (C2, DOT, POST)"));
    }

    @ParameterizedTest
    @CsvSource({"online-retail-real.csv", "online-retail-ii-real.csv"})
    void keepsTheSourceFiguresOfTheOddLines(String file) {
        load(ImportKind.ORDERS, file);
        var orders = new JdbcOrderRepository(db);

        // lines in 17:50 and 17:51: one order, dated by its first line
        Order spanning = orders.find("544926").orElseThrow();
        assertThat(spanning.orderedAt()).isEqualTo(LocalDateTime.of(2011, 2, 24, 17, 50));
        assertThat(spanning.lines()).hasSize(6);
        // a bad-debt write-off with a negative price is kept as the adjustment it is
        Order badDebt = orders.find("A563186").orElseThrow();
        assertThat(badDebt.kind()).isEqualTo(OrderKind.ADJUSTMENT);
        assertThat(badDebt.total()).isEqualTo(-11062.06);
        // a price-0 line without description nor customer is a stock adjustment, not a sale
        assertThat(orders.find("536414").orElseThrow().kind()).isEqualTo(OrderKind.ADJUSTMENT);
        // postage is part of what was paid, not a product
        var products = new JdbcProductRepository(db);
        assertThat(products.find("POST")).isEmpty();
        assertThat(products.find("85123A").orElseThrow().name()).isEqualTo("WHITE HANGING HEART T-LIGHT HOLDER");
        // the duplicated line is stored once
        assertThat(orders.find("555725").orElseThrow().lines()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"online-retail-real.csv", "online-retail-ii-real.csv"})
    void aSecondImportAndAnExportReimportChangeNothing(String file) {
        load(ImportKind.ORDERS, file);
        List<Order> before = allOrders();

        ImportReport again = load(ImportKind.ORDERS, file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JdbcExporter(db, audit).export(ImportKind.ORDERS, "orders.csv", out, "test");
        ImportReport exported = importer.importFile(
                ImportKind.ORDERS,
                "orders.csv",
                new ByteArrayInputStream(out.toByteArray()),
                false,
                "test",
                ImportProgress.NONE);

        assertThat(again.tables().get("orders").added()).isZero();
        assertThat(exported.tables().get("orders").added()).isZero();
        assertThat(allOrders()).isEqualTo(before);
    }

    private List<Order> allOrders() {
        List<Order> all = new ArrayList<>();
        new JdbcOrderRepository(db).forEach(all::add);
        all.sort(java.util.Comparator.comparing(Order::id));
        return all;
    }
}
