package io.marketpilot.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.imports.Headers;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportRejectedException;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.imports.RowError;
import io.marketpilot.store.Database;
import io.marketpilot.store.audit.JdbcAuditLog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * What any file, valid or mutilated, does to a real store: only {@link MarketPilotException} escapes, a refused file
 * names every damaged row by line and column and leaves the store as it was, and a valid file imports and changes
 * nothing the second time. Run against every database by the subclasses, which set the number of tries.
 */
abstract class ImportPropertiesContract {
    protected Database db;

    private JdbcImporter importer;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeProperty
    void openStoreWithABaseShop() {
        db = open();
        importer = new JdbcImporter(db, new JdbcAuditLog(db, Clock.systemUTC()), text -> "en");
        importText(ImportKind.CUSTOMERS, "base-customers.csv", ShopFiles.BASE_CUSTOMERS);
        importText(ImportKind.PRODUCTS, "base-products.csv", ShopFiles.BASE_PRODUCTS);
    }

    @AfterProperty
    void closeStore() {
        cleanUp();
        db.close();
    }

    @Property(seed = "20261206", afterFailure = AfterFailureMode.SAMPLE_FIRST)
    void aValidFileImportsAndASecondImportChangesNothing(@ForAll("validFiles") ShopFile file) {
        ShopFile.Rendered rendered = file.render();

        ImportReport first = importBytes(file, rendered.bytes());
        StoreSnapshot afterFirst = StoreSnapshot.of(db);
        ImportReport second = importBytes(file, rendered.bytes());

        assertThat(first.rows()).isEqualTo(file.rows().size());
        assertThat(StoreSnapshot.of(db)).isEqualTo(afterFirst);
        assertThat(second.tables().values())
                .allSatisfy(change -> assertThat(change.added()).isZero());
    }

    @Property(seed = "20261206", afterFailure = AfterFailureMode.SAMPLE_FIRST)
    void aMutilatedFileIsRefusedWholeNamingEveryDamagedRowAndChangesNothing(@ForAll("mutilatedFiles") ShopFile file) {
        ShopFile.Rendered rendered = file.render();
        StoreSnapshot before = StoreSnapshot.of(db);

        Throwable thrown = catchThrowable(() -> importBytes(file, rendered.bytes()));

        if (!(thrown instanceof MarketPilotException refused)) {
            throw new AssertionError("expected a refusal naming the damage, got " + thrown, thrown);
        }
        List<Mutilation> named = namedDamage(file);
        if (refused instanceof ImportRejectedException rejected) {
            for (Mutilation m : named) {
                int line = rendered.lines().get(m.row());
                assertThat(rejected.errors()).as("%s on line %d", m, line).anySatisfy(e -> {
                    assertThat(e.line()).isEqualTo(line);
                    if (m.kind() == Mutilation.Kind.BAD_VALUE) {
                        // damage to the row itself may still parse, into values that are refused instead
                        assertThat(Headers.normalise(e.field())).isEqualTo(Headers.normalise(m.column()));
                    }
                });
            }
            Set<Integer> allowed = linesJudgedWithDamage(file, rendered);
            assertThat(rejected.errors())
                    .as("errors only on damaged lines %s", allowed)
                    .allSatisfy(e -> assertThat(allowed).contains(e.line()));
        } else {
            // a CSV header that is not UTF-8: the whole file is unreadable, said with the line
            Mutilation first = named.getFirst();
            assertThat(first.kind()).isEqualTo(Mutilation.Kind.LATIN1_BYTE);
            assertThat(refused.getMessage()).contains("line " + rendered.lines().get(first.row()));
        }
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    @Property(seed = "20261206", afterFailure = AfterFailureMode.SAMPLE_FIRST)
    void aDamagedHeaderOrEmptyFileIsRefusedWithAMarketPilotException(
            @ForAll("plainDelimitedFiles") ShopFile file, @ForAll("headerDamage") String damage) {
        String text = new String(file.render().bytes(), StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElseThrow();
        String delimiter = file.format().equals("tsv") ? "\t" : ",";
        String damaged =
                switch (damage) {
                    case "empty" -> "";
                    case "blank lines" -> "\n\n\r\n";
                    case "header only" -> header + file.lineEnd();
                    case "unknown header" ->
                        text.replace(header, unknownHeader(file.header().size(), delimiter));
                    case "a column twice" ->
                        text.replace(
                                header,
                                file.header().getFirst()
                                        + delimiter
                                        + file.header().getFirst()
                                        + header.substring(header.indexOf(delimiter, header.indexOf(delimiter) + 1)));
                    default -> throw new IllegalArgumentException(damage);
                };
        StoreSnapshot before = StoreSnapshot.of(db);

        Throwable thrown = catchThrowable(() -> importBytes(file, damaged.getBytes(StandardCharsets.UTF_8)));

        assertThat(thrown).isInstanceOf(MarketPilotException.class);
        assertThat(StoreSnapshot.of(db)).isEqualTo(before);
    }

    /**
     * A line of a megabyte or more: a value wider than its column is a row error, never a failed write, and a review
     * text of exactly the 1,000,000 characters the store holds (two megabytes of UTF-8) imports.
     */
    @Property(tries = 6, seed = "20261206", afterFailure = AfterFailureMode.SAMPLE_FIRST)
    void aLineOfAMegabyteIsRefusedByItsColumnsWidthOrImports(@ForAll("filesWithAMegabyteValue") ShopFile file) {
        ShopFile.Rendered rendered = file.render();
        StoreSnapshot before = StoreSnapshot.of(db);

        Throwable thrown = catchThrowable(() -> importBytes(file, rendered.bytes()));

        if (file.mutilations().getFirst().value().length() <= 1_000_000) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                    .anySatisfy(error ->
                            assertThat(error.line()).isEqualTo(rendered.lines().getFirst())));
            assertThat(StoreSnapshot.of(db)).isEqualTo(before);
        }
    }

    /** A valid file whose first row has one value of a megabyte or more ("é" is two bytes of UTF-8). */
    @Provide
    Arbitrary<ShopFile> filesWithAMegabyteValue() {
        return Arbitraries.of(
                        Tuple.of("reviews", "text", 1_000_000),
                        Tuple.of("reviews", "text", 1_000_001),
                        Tuple.of("customers", "name", 1_100_000),
                        Tuple.of("products", "description", 1_100_000),
                        Tuple.of("events", "campaign", 1_100_000),
                        Tuple.of("marketpilot-orders", "country", 1_100_000),
                        Tuple.of("superstore", "Product Name", 1_100_000))
                .flatMap(target -> ShopFiles.validFiles(spec(target.get1()))
                        .map(file ->
                                file.with(List.of(Mutilation.value(0, target.get2(), "é".repeat(target.get3()))))));
    }

    private static String unknownHeader(int columns, String delimiter) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add("column" + c);
        }
        return String.join(delimiter, names);
    }

    /** Found on PostgreSQL, which refuses even a query that mentions NUL: the reference check must not ask it. */
    @Example
    void aReferenceWithNulIsNamedNotSentToTheDatabase() {
        String orders = "order_id,customer_id,ordered_at,quantity,unit_price\no-nul,base-c1\u0000,2024-03-31,1,2.5\n";

        Throwable thrown = catchThrowable(() -> importText(ImportKind.ORDERS, "orders.csv", orders));

        assertThat(thrown).isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                .extracting(RowError::line, RowError::field)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "customerid")));
    }

    /** The first and last instants the date check lets through are stored, and read back unchanged. */
    @Example
    void theEdgeYearsImportAndASecondImportChangesNothing() {
        String orders = """
                order_id,customer_id,ordered_at,quantity,unit_price
                o-first,base-c1,0001-01-01T00:00:00,1,2.5
                o-last,base-c2,9999-12-31T23:59:59.999,1,2.5
                """;

        importText(ImportKind.ORDERS, "edge-years.csv", orders);
        StoreSnapshot afterFirst = StoreSnapshot.of(db);
        ImportReport second = importText(ImportKind.ORDERS, "edge-years.csv", orders);

        assertThat(StoreSnapshot.of(db)).isEqualTo(afterFirst);
        assertThat(second.tables().get("orders").added()).isZero();
    }

    // --- generators -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<ShopFile> validFiles() {
        return ShopFiles.validFiles();
    }

    @Provide
    Arbitrary<ShopFile> plainDelimitedFiles() {
        return ShopFiles.validFiles().filter(f -> !f.gzip() && !f.format().equals("jsonl"));
    }

    @Provide
    Arbitrary<String> headerDamage() {
        return Arbitraries.of("empty", "blank lines", "header only", "unknown header", "a column twice");
    }

    @Provide
    Arbitrary<ShopFile> mutilatedFiles() {
        return ShopFiles.validFiles().flatMap(file -> mutilation(file)
                .list()
                .ofMinSize(1)
                .ofMaxSize(Math.min(3, file.rows().size()))
                .uniqueElements(Mutilation::row)
                .map(file::with));
    }

    private static ShopFiles.Spec spec(String layout) {
        return ShopFiles.SPECS.stream()
                .filter(s -> s.layout().equals(layout))
                .findFirst()
                .orElseThrow();
    }

    private static Arbitrary<Mutilation> mutilation(ShopFile file) {
        ShopFiles.Spec spec = spec(file.layout());
        Arbitrary<Integer> row = Arbitraries.integers().between(0, file.rows().size() - 1);
        Arbitrary<Mutilation> badValue = Combinators.combine(row, Arbitraries.of(ShopFiles.refusals(spec, 0)))
                .as((r, refusal) -> Mutilation.value(r, refusal.column(), refusal.value()));
        Arbitrary<Mutilation> nul = Combinators.combine(row, Arbitraries.of(file.header()))
                .as((r, column) ->
                        Mutilation.value(r, column, file.rows().get(r).get(column) + "\u0000"));
        Arbitrary<Mutilation> loneSurrogate = Combinators.combine(row, Arbitraries.of(file.header()))
                .as((r, column) -> Mutilation.value(
                        r, column, "\uD800" + file.rows().get(r).get(column)));
        boolean jsonl = file.format().equals("jsonl");
        Arbitrary<Mutilation.Kind> structuralKind = jsonl
                ? Arbitraries.of(
                        Mutilation.Kind.BROKEN_JSON, Mutilation.Kind.UNCLOSED_QUOTE, Mutilation.Kind.LATIN1_BYTE)
                : Arbitraries.of(
                        Mutilation.Kind.MISSING_FIELD,
                        Mutilation.Kind.EXTRA_FIELD,
                        Mutilation.Kind.UNCLOSED_QUOTE,
                        Mutilation.Kind.LATIN1_BYTE);
        Arbitrary<Mutilation> structural =
                Combinators.combine(row, structuralKind).as(Mutilation::structural);
        return Arbitraries.frequencyOf(
                Tuple.of(8, badValue),
                Tuple.of(1, nul),
                Tuple.of(jsonl ? 1 : 0, loneSurrogate),
                Tuple.of(2, structural));
    }

    // --- expectations -----------------------------------------------------------------------------------------

    /**
     * The damage the importer can see: all of it, unless some damage ends the reading (an unclosed CSV quote, bytes
     * that are not UTF-8), after which the rows below go unread and so unnamed.
     */
    private static List<Mutilation> namedDamage(ShopFile file) {
        List<Mutilation> sorted = file.mutilations().stream()
                .sorted(Comparator.comparingInt(Mutilation::row))
                .toList();
        List<Mutilation> named = new ArrayList<>();
        for (Mutilation m : sorted) {
            named.add(m);
            boolean stops = m.kind() == Mutilation.Kind.LATIN1_BYTE
                    || (m.kind() == Mutilation.Kind.UNCLOSED_QUOTE
                            && !file.format().equals("jsonl"));
            if (stops) {
                break;
            }
        }
        return named;
    }

    /**
     * The lines of damaged rows (all of a row's lines: a stray quote can make a record of the rest of a row that
     * spans several), and the other lines of an order that has a damaged line (they may disagree with it).
     */
    private static Set<Integer> linesJudgedWithDamage(ShopFile file, ShopFile.Rendered rendered) {
        ShopFiles.Spec spec = spec(file.layout());
        Set<Integer> lines = new HashSet<>();
        Set<String> damagedOrders = new HashSet<>();
        for (Mutilation m : file.mutilations()) {
            int next = m.row() + 1 < file.rows().size() ? rendered.lines().get(m.row() + 1) : rendered.end() + 1;
            for (int line = rendered.lines().get(m.row()); line < next; line++) {
                lines.add(line);
            }
            if (spec.orderColumn() != null) {
                damagedOrders.add(file.rows().get(m.row()).get(spec.orderColumn()));
            }
        }
        for (int r = 0; r < file.rows().size(); r++) {
            if (spec.orderColumn() != null
                    && damagedOrders.contains(file.rows().get(r).get(spec.orderColumn()))) {
                lines.add(rendered.lines().get(r));
            }
        }
        return lines;
    }

    // --- importing --------------------------------------------------------------------------------------------

    private ImportReport importBytes(ShopFile file, byte[] bytes) {
        return importer.importFile(
                file.kind(), file.fileName(), new ByteArrayInputStream(bytes), false, "test", ImportProgress.NONE);
    }

    private ImportReport importText(ImportKind kind, String name, String text) {
        return importer.importFile(
                kind,
                name,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                false,
                "test",
                ImportProgress.NONE);
    }
}
