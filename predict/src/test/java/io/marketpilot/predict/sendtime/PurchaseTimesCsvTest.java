package io.marketpilot.predict.sendtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PurchaseTimesCsvTest {
    static final String MARKETPILOT_ORDERS = """
            order_id,customer_id,ordered_at,country,kind,product_id,quantity,unit_price
            O-1,C1,2026-04-28T21:32,Netherlands,sale,CHG-103,1,32.89
            O-1,C1,2026-04-28T21:32,Netherlands,sale,CAB-100,1,6.79
            O-2,C1,2026-06-01T21:13,Netherlands,sale,CHG-104,1,38.24
            R-2,C1,2026-06-20T10:00,Netherlands,return,CHG-104,-1,38.24
            O-3,,2026-06-02T08:00,Netherlands,sale,CHG-104,1,38.24
            O-4,C2,2026-06-03T08:05,Germany,sale,CHG-104,1,38.24
            """;

    private static PurchaseTimeFile read(String csv) throws IOException {
        return PurchaseTimesCsv.read(new StringReader(csv), "orders.csv");
    }

    @Test
    void countsEachMarketPilotOrderOnceAndIgnoresReturnsAndAnonymousOrders() throws IOException {
        PurchaseTimeFile file = read(MARKETPILOT_ORDERS);
        assertThat(file.layout()).isEqualTo(PurchaseTimesCsv.ORDERS);
        assertThat(file.rows()).isEqualTo(6);
        assertThat(file.timesOfDay()).isTrue();
        assertThat(file.purchases())
                .containsExactly(
                        new PurchaseTime("C1", LocalDateTime.of(2026, 4, 28, 21, 32)),
                        new PurchaseTime("C1", LocalDateTime.of(2026, 6, 1, 21, 13)),
                        new PurchaseTime("C2", LocalDateTime.of(2026, 6, 3, 8, 5)));
    }

    @Test
    void readsAGenericCustomerAndTimeFileRowByRow() throws IOException {
        PurchaseTimeFile file = read(
                "customer_id,ordered_at\na,2026-01-02 03:04:05\na,2026-01-02T03:04:05\nb,2026-01-05T10:00+02:00\n");
        assertThat(file.purchases())
                .containsExactly(
                        new PurchaseTime("a", LocalDateTime.of(2026, 1, 2, 3, 4, 5)),
                        new PurchaseTime("a", LocalDateTime.of(2026, 1, 2, 3, 4, 5)),
                        new PurchaseTime("b", LocalDateTime.of(2026, 1, 5, 10, 0)));
    }

    @Test
    void readsOnlineRetailAsOnePurchasePerInvoiceWithoutCancellationsOrAnonymousRows() throws IOException {
        PurchaseTimeFile file = read("""
                InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
                536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850.0,United Kingdom
                536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850.0,United Kingdom
                536366,22633,HAND WARMER UNION JACK,6,12/1/2010 8:28,1.85,,United Kingdom
                C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,12/1/2010 9:41,2.55,17850.0,United Kingdom
                536380,22961,JAM MAKING SET PRINTED,24,12/13/2010 14:05,1.45,12583,France
                """);
        assertThat(file.layout()).isEqualTo(PurchaseTimesCsv.ONLINE_RETAIL);
        assertThat(file.rows()).isEqualTo(5);
        assertThat(file.purchases())
                .containsExactly(
                        new PurchaseTime("17850", LocalDateTime.of(2010, 12, 1, 8, 26)),
                        new PurchaseTime("12583", LocalDateTime.of(2010, 12, 13, 14, 5)));
    }

    @Test
    void flagsDateOnlyFilesAsHavingNoTimesOfDay() throws IOException {
        PurchaseTimeFile file = read("customer_id,order_date,quantity,amount\n00001,1997-01-01,1,11.77\n");
        assertThat(file.timesOfDay()).isFalse();
        assertThat(file.purchases()).containsExactly(new PurchaseTime("00001", LocalDateTime.of(1997, 1, 1, 0, 0)));
    }

    @Test
    void readsGzippedFiles(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("orders.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(MARKETPILOT_ORDERS.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(PurchaseTimesCsv.read(gz).purchases()).hasSize(3);
    }

    @Test
    void skipsAByteOrderMark() throws IOException {
        assertThat(read("\uFEFFcustomer_id,ordered_at\na,2026-01-02T03:04\n").purchases())
                .hasSize(1);
    }

    @Test
    void namesTheSupportedLayoutsForAnUnknownHeader() {
        assertThatThrownBy(() -> read("who,when\na,2026-01-02T03:04\n"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("unknown layout [who, when]")
                .hasMessageContaining("customer_id,ordered_at");
    }

    @Test
    void namesTheLineOfABadTime() {
        assertThatThrownBy(() -> read("customer_id,ordered_at\na,2026-01-02T03:04\nb,2026-01-02\n"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageStartingWith("orders.csv line 3:")
                .hasMessageContaining("not an ISO date-time");
        assertThatThrownBy(() -> read("customer_id,ordered_at\na\n"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("expected 2 fields, found 1");
    }

    @Test
    void reportsAnUnreadableFile() {
        assertThatThrownBy(() -> PurchaseTimesCsv.read(Path.of("/no/such/orders.csv")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("/no/such/orders.csv");
    }
}
