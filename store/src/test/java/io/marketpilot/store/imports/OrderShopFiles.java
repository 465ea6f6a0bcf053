package io.marketpilot.store.imports;

import static io.marketpilot.store.imports.ShopFiles.BAD_DATE;
import static io.marketpilot.store.imports.ShopFiles.BAD_ID;
import static io.marketpilot.store.imports.ShopFiles.UNKNOWN_CUSTOMER;
import static io.marketpilot.store.imports.ShopFiles.UNKNOWN_PRODUCT;
import static io.marketpilot.store.imports.ShopFiles.cents;
import static io.marketpilot.store.imports.ShopFiles.row;

import io.marketpilot.imports.ImportKind;
import io.marketpilot.store.imports.ShopFiles.Spec;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The order layouts of {@link ShopFiles}: MarketPilot's own, UCI Online Retail, Superstore and CDNOW. */
final class OrderShopFiles {
    private static final DateTimeFormatter UCI = DateTimeFormatter.ofPattern("M/d/yyyy H:mm");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static final DateTimeFormatter CDNOW = DateTimeFormatter.ofPattern("yyyyMMdd");

    private OrderShopFiles() {}

    static Spec nativeOrders() {
        return new Spec(
                "marketpilot-orders",
                ImportKind.ORDERS,
                List.of(
                        "order_id",
                        "customer_id",
                        "ordered_at",
                        "product_id",
                        "quantity",
                        "unit_price",
                        "amount",
                        "country",
                        "kind"),
                Map.of(
                        "order_id", BAD_ID,
                        "customer_id", List.of("x".repeat(65), UNKNOWN_CUSTOMER),
                        "ordered_at", BAD_DATE,
                        "product_id", List.of("x".repeat(65), UNKNOWN_PRODUCT),
                        "quantity", List.of("", "0", "abc", "NaN", "1e400", "1,2.3.4"),
                        "unit_price", List.of("", "-1", "abc", "Infinity"),
                        "amount", List.of("abc", "NaN", "-1e400"),
                        "country", List.of("c".repeat(101)),
                        "kind", List.of("gift", "sale!")),
                "order_id",
                (token, i, s, previous) -> {
                    boolean join = s.sameOrder() && previous != null;
                    boolean isReturn = !join && s.pick() == 2;
                    String kind = join ? previous.get("kind") : isReturn ? "return" : s.pick() == 1 ? "sale" : "";
                    return row(
                            "order_id", join ? previous.get("order_id") : token + "-o" + i,
                            "customer_id",
                                    join
                                            ? previous.get("customer_id")
                                            : s.pick() == 0 ? "" : "base-c" + (1 + s.small() % 3),
                            "ordered_at", join ? previous.get("ordered_at") : s.at().toString(),
                            "product_id", s.small() % 4 == 0 ? "" : "base-p" + (1 + s.small() % 3),
                            "quantity", String.valueOf(kind.equals("return") ? -s.small() : s.small()),
                            "unit_price", cents(s.cents()),
                            "amount", s.sameOrder() ? "" : cents(s.cents() * s.small()),
                            "country", s.other().strip().isEmpty() ? "" : "Land " + s.pick(),
                            "kind", kind);
                });
    }

    /** UCI Online Retail, with price-0 lines (free items, or stock adjustments when the invoice has no customer). */
    static Spec onlineRetail() {
        return new Spec(
                "uci-online-retail",
                ImportKind.ORDERS,
                List.of(
                        "InvoiceNo",
                        "StockCode",
                        "Description",
                        "Quantity",
                        "InvoiceDate",
                        "UnitPrice",
                        "CustomerID",
                        "Country"),
                Map.of(
                        "InvoiceNo", BAD_ID,
                        "StockCode", BAD_ID,
                        "Quantity", List.of("", "abc", "NaN", "1e400"),
                        "InvoiceDate", List.of("", "2/30/2011 10:00", "yesterday", "13/1/2011 10:00"),
                        "UnitPrice", List.of("", "abc", "1e400", "NaN")),
                "InvoiceNo",
                (token, i, s, previous) -> {
                    boolean join = s.sameOrder() && previous != null;
                    return row(
                            "InvoiceNo",
                            join ? previous.get("InvoiceNo") : (s.pick() == 2 ? "C" : "") + token + i,
                            "StockCode",
                            token + "-s" + s.small() % 5,
                            "Description",
                            s.pick() == 1 ? "" : "ITEM " + s.text(),
                            "Quantity",
                            String.valueOf(s.small()),
                            "InvoiceDate",
                            join ? previous.get("InvoiceDate") : s.at().format(UCI),
                            "UnitPrice",
                            s.small() % 7 == 0 ? "0" : cents(s.cents()),
                            "CustomerID",
                            join
                                    ? previous.get("CustomerID")
                                    : s.pick() == 0 ? "" : token + "1785" + s.small() % 3 + ".0",
                            "Country",
                            "United Kingdom");
                });
    }

    static Spec superstore() {
        return new Spec(
                "superstore",
                ImportKind.ORDERS,
                List.of(
                        "Row ID",
                        "Order ID",
                        "Order Date",
                        "Customer ID",
                        "Customer Name",
                        "City",
                        "Country",
                        "Product ID",
                        "Category",
                        "Sub-Category",
                        "Product Name",
                        "Sales",
                        "Quantity"),
                Map.of(
                        "Order ID", BAD_ID,
                        "Order Date", List.of("", "2/30/2019", "19/1/2019", "someday"),
                        "Customer ID", BAD_ID,
                        "Product ID", BAD_ID,
                        "Customer Name", List.of("n".repeat(201)),
                        "City", List.of("c".repeat(101)),
                        "Product Name", List.of("p".repeat(501)),
                        "Sales", List.of("", "abc", "NaN", "1e400"),
                        "Quantity", List.of("", "0", "-2", "abc", "1e-320")),
                "Order ID",
                (token, i, s, previous) -> {
                    boolean join = s.sameOrder() && previous != null;
                    return row(
                            "Row ID",
                            String.valueOf(i + 1),
                            "Order ID",
                            join ? previous.get("Order ID") : "US-" + token + "-" + i,
                            "Order Date",
                            join ? previous.get("Order Date") : s.at().format(US_DATE),
                            "Customer ID",
                            join ? previous.get("Customer ID") : token + "-CG-" + s.small() % 4,
                            "Customer Name",
                            s.text(),
                            "City",
                            s.other(),
                            "Country",
                            "United States",
                            "Product ID",
                            token + "-FUR-" + s.small() % 6,
                            "Category",
                            "Furniture",
                            "Sub-Category",
                            s.pick() == 0 ? "" : "Chairs",
                            "Product Name",
                            "Chair " + s.text(),
                            "Sales",
                            cents(s.cents()),
                            "Quantity",
                            String.valueOf(s.small()));
                });
    }

    static Spec cdnow() {
        return new Spec(
                "cdnow",
                ImportKind.ORDERS,
                List.of("customer_id", "order_date", "quantity", "amount"),
                Map.of(
                        "customer_id", BAD_ID,
                        "order_date", List.of("", "19970230", "1997-02-30", "97"),
                        "quantity", List.of("", "-1", "abc", "NaN", "1e-320"),
                        "amount", List.of("", "-5", "abc", "Infinity")),
                null,
                (token, i, s, previous) -> row(
                        "customer_id", token + (s.pick() == 2 ? "x".repeat(50) : "") + s.small() % 3,
                        "order_date", s.at().format(CDNOW),
                        "quantity", String.valueOf(s.small()),
                        "amount", cents(s.cents())));
    }
}
