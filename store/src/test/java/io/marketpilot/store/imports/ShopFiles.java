package io.marketpilot.store.imports;

import io.marketpilot.imports.ImportKind;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid import files for every kind and layout, generated from a few random choices per row, and the values each
 * layout's columns must refuse. Ids carry a token per file so that files of different tries do not collide; orders,
 * events and reviews refer to the base shop that {@link #BASE_CUSTOMERS} and {@link #BASE_PRODUCTS} import first.
 */
final class ShopFiles {
    static final String BASE_CUSTOMERS = "id,name\nbase-c1,Ada\nbase-c2,Bo\nbase-c3,Cy\n";
    static final String BASE_PRODUCTS = "id,name,price\nbase-p1,Mug,4.5\nbase-p2,Tea,3\nbase-p3,Pot,20\n";

    /** Ids that pass every check of a row but name nothing in the store: refused by the reference check. */
    static final String UNKNOWN_CUSTOMER = "nobody-at-all";

    static final String UNKNOWN_PRODUCT = "no-such-product";

    private ShopFiles() {}

    /** The random choices one row is made from. */
    record Seed(String text, String other, int small, int cents, LocalDateTime at, int pick, boolean sameOrder) {}

    /** How one layout's rows are made from seeds; {@code previous} is the row above, for lines of one order. */
    @FunctionalInterface
    interface RowMaker {
        Map<String, String> row(String token, int index, Seed seed, Map<String, String> previous);
    }

    /**
     * Every refused value of a layout as damage to one row, in a fixed order: {@code Map.of} iterates in an order
     * that changes from one JVM to the next, which would give a seed different files on different runs.
     */
    static List<Mutilation> refusals(Spec spec, int row) {
        List<Mutilation> all = new ArrayList<>();
        spec.refusals().forEach((column, values) -> values.forEach(v -> all.add(Mutilation.value(row, column, v))));
        all.sort(Comparator.comparing(Mutilation::column).thenComparing(Mutilation::value));
        return all;
    }

    /**
     * A layout as the generators know it: header, the refused values per column, and how a valid row is made. Rows
     * sharing the value of {@code orderColumn} are lines of one order and are judged together: a bad customer on the
     * first line makes the later lines disagree with it, and those lines may be named too.
     */
    record Spec(
            String layout,
            ImportKind kind,
            List<String> header,
            Map<String, List<String>> refusals,
            String orderColumn,
            RowMaker maker) {}

    /** A valid file of any layout, format, line ending, BOM and compression. */
    static Arbitrary<ShopFile> validFiles() {
        return Arbitraries.of(SPECS).flatMap(ShopFiles::validFiles);
    }

    static Arbitrary<ShopFile> validFiles(Spec spec) {
        Arbitrary<String> token = Arbitraries.strings().withCharRange('a', 'z').ofLength(6);
        return Combinators.combine(
                        token,
                        seed().list().ofMinSize(1).ofMaxSize(8),
                        Arbitraries.of("csv", "tsv", "jsonl"),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of("\n", "\r\n"))
                .as((t, seeds, format, gzip, bom, lineEnd) -> {
                    List<Map<String, String>> rows = new ArrayList<>();
                    for (int i = 0; i < seeds.size(); i++) {
                        rows.add(spec.maker().row(t, i, seeds.get(i), i == 0 ? null : rows.get(i - 1)));
                    }
                    return new ShopFile(
                            spec.layout(), spec.kind(), spec.header(), rows, format, gzip, bom, lineEnd, List.of());
                });
    }

    private static Arbitrary<Seed> seed() {
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars(' ', ',', '"', '\'', '\n', 'é', '中', '\t')
                .ofMaxLength(12);
        Arbitrary<LocalDateTime> at = Arbitraries.longs()
                .between(0, 20L * 365 * 24 * 60)
                .map(minutes -> LocalDateTime.of(2005, 1, 1, 0, 0).plusMinutes(minutes));
        return Combinators.combine(
                        text,
                        text,
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(1, 99_999),
                        at,
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.of(true, false))
                .as(Seed::new);
    }

    // --- the layouts ----------------------------------------------------------------------------------------------

    static final List<String> BAD_ID = List.of("", "   ", "x".repeat(65));
    static final List<String> BAD_NUMBER = List.of("", "abc", "NaN", "Infinity", "1e400", "-1e400", "1,2.3.4", "0x");
    static final List<String> BAD_DATE =
            List.of("", "yesterday", "2024-02-30", "2023-13-01", "+99999-01-01", "0000-06-01T10:00", "31/12/2024");

    /** Declared after the value lists the layouts use, which static initialisation needs. */
    static final List<Spec> SPECS = List.of(
            customers(),
            products(),
            OrderShopFiles.nativeOrders(),
            OrderShopFiles.onlineRetail(),
            OrderShopFiles.superstore(),
            OrderShopFiles.cdnow(),
            events(),
            reviews());

    private static Spec customers() {
        return new Spec(
                "customers",
                ImportKind.CUSTOMERS,
                List.of("id", "email", "name", "country", "city", "signup_date"),
                Map.of(
                        "id", BAD_ID,
                        "email", List.of("not-an-address", "a@b", "x".repeat(320) + "@example.com"),
                        "name", List.of("n".repeat(201)),
                        "country", List.of("c".repeat(101)),
                        "city", List.of("c".repeat(101)),
                        "signup_date", List.of("2024-02-30", "soon", "+99999-01-01", "2/30/2024")),
                null,
                (token, i, s, previous) -> row(
                        "id",
                        token + "-c" + i,
                        "email",
                        s.sameOrder() ? "" : "user" + i + "@" + token + ".example",
                        "name",
                        s.text(),
                        "country",
                        s.other(),
                        "city",
                        s.pick() == 0 ? "" : "Town " + s.small(),
                        "signup_date",
                        s.pick() == 1 ? "" : s.at().toLocalDate().toString()));
    }

    private static Spec products() {
        return new Spec(
                "products",
                ImportKind.PRODUCTS,
                List.of("id", "name", "category", "description", "price", "stock", "name_zh", "description_zh"),
                Map.of(
                        "id", BAD_ID,
                        "name", List.of("", " ", "n".repeat(501)),
                        "category", List.of("c".repeat(201)),
                        "price", List.of("-1", "abc", "NaN", "1e400", "-0.01"),
                        "stock", List.of("-1", "1.5", "99999999999", "ten"),
                        "name_zh", List.of("名".repeat(501))),
                null,
                (token, i, s, previous) -> row(
                        "id",
                        token + "-p" + i,
                        "name",
                        "Product " + i + s.text(),
                        "category",
                        s.other(),
                        "description",
                        s.text() + s.other(),
                        "price",
                        s.pick() == 0 ? "" : cents(s.cents()),
                        "stock",
                        s.pick() == 1 ? "" : String.valueOf(s.small()),
                        "name_zh",
                        s.sameOrder() ? "茶壶" : "",
                        "description_zh",
                        ""));
    }

    private static Spec events() {
        return new Spec(
                "events",
                ImportKind.EVENTS,
                List.of("id", "type", "customer_id", "product_id", "occurred_at", "properties", "campaign"),
                Map.of(
                        "id", List.of("e".repeat(101)),
                        "type", List.of("", "t".repeat(65)),
                        "customer_id", List.of("x".repeat(65), UNKNOWN_CUSTOMER),
                        "product_id", List.of("x".repeat(65), UNKNOWN_PRODUCT),
                        "occurred_at", BAD_DATE,
                        "properties",
                                List.of("[1,2]", "{broken", "\"text\"", "{\"k\":\"" + "v".repeat(10_001) + "\"}")),
                null,
                (token, i, s, previous) -> row(
                        "id",
                        s.sameOrder() ? "" : token + "-e" + i,
                        "type",
                        List.of("page_view", "email_open", "add_to_cart").get(s.pick()),
                        "customer_id",
                        s.small() % 4 == 0 ? "" : "base-c" + (1 + s.small() % 3),
                        "product_id",
                        s.small() % 3 == 0 ? "" : "base-p" + (1 + s.small() % 3),
                        "occurred_at",
                        s.at().toString(),
                        "properties",
                        "{\"n\":" + i + ",\"note\":\""
                                + s.text()
                                        .replace("\\", "")
                                        .replace("\"", "'")
                                        .replace("\n", " ")
                                        .replace("\t", " ") + "\"}",
                        "campaign",
                        s.other()));
    }

    private static Spec reviews() {
        return new Spec(
                "reviews",
                ImportKind.REVIEWS,
                List.of("id", "customer_id", "product_id", "text", "rating", "channel", "language", "created_at"),
                Map.of(
                        "id", List.of("r".repeat(101)),
                        "customer_id", List.of("x".repeat(65), UNKNOWN_CUSTOMER),
                        "product_id", List.of("x".repeat(65), UNKNOWN_PRODUCT),
                        "text", List.of("", "  "),
                        "rating", List.of("0", "6", "abc", "3.5", "-1"),
                        "channel", List.of("c".repeat(65)),
                        "language", List.of("l".repeat(17)),
                        "created_at", BAD_DATE),
                null,
                (token, i, s, previous) -> row(
                        "id", s.sameOrder() ? "" : token + "-r" + i,
                        "customer_id", s.small() % 4 == 0 ? "" : "base-c" + (1 + s.small() % 3),
                        "product_id", s.small() % 3 == 0 ? "" : "base-p" + (1 + s.small() % 3),
                        "text", "Review " + token + i + " " + s.text(),
                        "rating", s.pick() == 0 ? "" : String.valueOf(1 + s.small() % 5),
                        "channel", s.pick() == 1 ? "" : "review",
                        "language", s.pick() == 2 ? "" : "en",
                        "created_at", s.at().toString()));
    }

    static String cents(int cents) {
        return String.format(java.util.Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }

    static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
