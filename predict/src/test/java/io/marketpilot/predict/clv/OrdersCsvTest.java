package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrdersCsvTest {
    private static List<Transaction> read(String csv) throws IOException {
        return OrdersCsv.read(new StringReader(csv), "orders.csv");
    }

    @Test
    void readsTheCdnowLayoutIgnoringQuantity() throws IOException {
        assertThat(read("customer_id,order_date,quantity,amount\n0001,1997-01-01,2,29.33\n\n0002,1997-01-02,1,0\n"))
                .containsExactly(
                        new Transaction("0001", LocalDate.of(1997, 1, 1), 29.33),
                        new Transaction("0002", LocalDate.of(1997, 1, 2), 0));
    }

    @Test
    void acceptsColumnsInAnyOrder() throws IOException {
        assertThat(read("amount,customer_id,order_date\n5.5,x,1997-03-04\n"))
                .containsExactly(new Transaction("x", LocalDate.of(1997, 3, 4), 5.5));
    }

    @Test
    void namesTheMissingColumn() {
        assertThatThrownBy(() -> read("customer_id,date,amount\n1,1997-01-01,3\n"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("header lacks column 'order_date'");
    }

    @Test
    void namesTheLineOfABadRow() {
        assertThatThrownBy(() -> read("customer_id,order_date,amount\n1,1997-01-01,3\n2,1997-13-01,3\n"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageStartingWith("orders.csv line 3:");
        assertThatThrownBy(() -> read("customer_id,order_date,amount\n1,1997-01-01,-3\n"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageStartingWith("orders.csv line 2:")
                .hasMessageContaining("invalid amount");
        assertThatThrownBy(() -> read("customer_id,order_date,amount\n1,1997-01-01\n"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("expected 3 fields, found 2");
    }

    @Test
    void reportsAnUnreadableFile() {
        assertThatThrownBy(() -> OrdersCsv.read(Path.of("/no/such/orders.csv")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("/no/such/orders.csv");
    }
}
