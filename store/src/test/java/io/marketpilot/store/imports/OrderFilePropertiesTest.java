package io.marketpilot.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.marketpilot.imports.Headers;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportRejectedException;
import io.marketpilot.imports.OrderFile;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Orders files read without a store (for analyses such as {@code clv fit --orders FILE}): a valid file of any order
 * layout gives its orders, and a file with a bad value is refused with a {@link MarketPilotException} that names it.
 */
class OrderFilePropertiesTest {
    private static final List<ShopFiles.Spec> ORDER_LAYOUTS =
            ShopFiles.SPECS.stream().filter(s -> s.kind() == ImportKind.ORDERS).toList();

    @Property(tries = 300, seed = "20261206")
    void aValidOrdersFileGivesEveryRowAsAnOrderLine(@ForAll("orderFiles") ShopFile file) {
        OrderFile.Contents contents = OrderFile.read(
                file.fileName(), new ByteArrayInputStream(file.render().bytes()));

        // the UCI layouts skip a line repeated exactly (values compared as read, i.e. trimmed): a duplicate of the
        // export; every other row is a line
        long expectedLines = file.layout().startsWith("uci-online-retail")
                ? file.rows().stream()
                        .map(OrderFilePropertiesTest::trimmed)
                        .distinct()
                        .count()
                : file.rows().size();
        assertThat(contents.rows()).isEqualTo(file.rows().size());
        assertThat(contents.orders().stream().mapToInt(o -> o.lines().size()).sum())
                .isEqualTo(expectedLines);
    }

    @Property(tries = 300, seed = "20261206")
    void aBadValueIsRefusedByItsLineAndColumn(
            @ForAll("orderFiles") ShopFile valid, @ForAll("picks") int row, @ForAll("picks") int refusal) {
        ShopFiles.Spec spec = ORDER_LAYOUTS.stream()
                .filter(s -> s.layout().equals(valid.layout()))
                .findFirst()
                .orElseThrow();
        List<Mutilation> refusals = ShopFiles.refusals(spec, row % valid.rows().size()).stream()
                // references are checked against a store, which a file read for analysis has not got
                .filter(m -> !m.value().equals(ShopFiles.UNKNOWN_CUSTOMER)
                        && !m.value().equals(ShopFiles.UNKNOWN_PRODUCT))
                .toList();
        Mutilation damage = refusals.get(refusal % refusals.size());
        ShopFile file = valid.with(List.of(damage));
        ShopFile.Rendered rendered = file.render();

        Throwable thrown =
                catchThrowable(() -> OrderFile.read(file.fileName(), new ByteArrayInputStream(rendered.bytes())));

        assertThat(thrown).isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                .anySatisfy(error -> {
                    assertThat(error.line()).isEqualTo(rendered.lines().get(damage.row()));
                    assertThat(Headers.normalise(error.field())).isEqualTo(Headers.normalise(damage.column()));
                }));
    }

    @Provide
    Arbitrary<ShopFile> orderFiles() {
        return Arbitraries.of(ORDER_LAYOUTS).flatMap(ShopFiles::validFiles);
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }

    private static Map<String, String> trimmed(Map<String, String> row) {
        Map<String, String> out = new TreeMap<>();
        row.forEach((k, v) -> out.put(k, v.strip()));
        return out;
    }
}
