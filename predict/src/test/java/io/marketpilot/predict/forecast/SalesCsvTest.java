package io.marketpilot.predict.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesCsvTest {
    private static final SalesColumns SUPERSTORE =
            new SalesColumns("Order Date", "Sales", Optional.of("Category"), "M/d/yyyy");

    @Test
    void readsATableauExportWithByteOrderMarkAndUsDates() throws IOException {
        String csv = """
                \uFEFFRow ID,Order Date,Category,Sales
                1,11/8/2018,Furniture,261.96
                2,1/13/2019,"Office Supplies",14.62
                """;
        List<Sale> sales = SalesCsv.read(new StringReader(csv), "superstore.csv", SUPERSTORE);
        assertThat(sales)
                .containsExactly(
                        new Sale("Furniture", LocalDate.of(2018, 11, 8), 261.96),
                        new Sale("Office Supplies", LocalDate.of(2019, 1, 13), 14.62));
    }

    @Test
    void putsEveryRowIntoTotalWithoutASeriesColumn() throws IOException {
        String csv = "date,amount\n2024-01-08,5\n";
        assertThat(SalesCsv.read(new StringReader(csv), "x", SalesColumns.generic(false)))
                .containsExactly(new Sale("total", LocalDate.of(2024, 1, 8), 5));
    }

    @Test
    void namesTheLineOfABadRow() {
        String csv = "date,amount\n2024-01-08,5\n2024-13-01,5\n";
        assertThatThrownBy(() -> SalesCsv.read(new StringReader(csv), "sales.csv", SalesColumns.generic(false)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageStartingWith("sales.csv line 3: ");
    }

    @Test
    void namesAMissingColumn() {
        String csv = "Order Date,Sales\n11/8/2018,1\n";
        assertThatThrownBy(() -> SalesCsv.read(new StringReader(csv), "s.csv", SUPERSTORE))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("header lacks column 'Category'");
    }

    @Test
    void rejectsAnInvalidDatePattern() {
        assertThatThrownBy(() -> new SalesColumns("d", "a", Optional.empty(), "yyyy-MM-dd-{"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("invalid date pattern");
    }

    @Test
    void readsTheCdnowOrdersLayoutThroughTheOrdersReader(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(
                file,
                "customer_id,order_date,quantity,amount\n00001,1997-01-01,1,11.77\n00002,1997-01-12,2,12.00\n",
                StandardCharsets.UTF_8);
        assertThat(SalesCsv.header(file)).containsExactly("customer_id", "order_date", "quantity", "amount");
        assertThat(SalesCsv.readOrders(file))
                .containsExactly(
                        new Sale("total", LocalDate.of(1997, 1, 1), 11.77),
                        new Sale("total", LocalDate.of(1997, 1, 12), 12.00));
    }
}
