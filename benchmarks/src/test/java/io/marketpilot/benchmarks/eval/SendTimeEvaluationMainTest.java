package io.marketpilot.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendTimeEvaluationMainTest {
    private static final String MARKETPILOT_ORDERS = """
            order_id,customer_id,ordered_at,country,kind,product_id,quantity,unit_price
            O-1,C1,2026-04-28T21:32,Netherlands,sale,CHG-103,1,32.89
            O-1,C1,2026-04-28T21:32,Netherlands,sale,CAB-100,1,6.79
            O-2,C1,2026-06-01T21:13,Netherlands,sale,CHG-104,1,38.24
            R-2,C1,2026-06-20T10:00,Netherlands,return,CHG-104,-1,38.24
            O-3,,2026-06-02T08:00,Netherlands,sale,CHG-104,1,38.24
            O-4,C2,2026-06-03T08:05,Germany,sale,CHG-104,1,38.24
            """;

    @Test
    void printsTheTableForAnOrdersFile(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("orders.csv"), MARKETPILOT_ORDERS);
        String out = SendTimeEvaluationMain.run(new String[] {csv.toString(), "--split=2026-05-01", "--window=2"});
        assertThat(out)
                .contains("(customer_id,ordered_at): 6 rows, 3 purchases of 2 customers")
                .contains("split at 2026-05-01T00:00, window ±2 h")
                .contains("evaluated 1 customers")
                .contains("per-customer (shrunk)", "one global window", "chance (random window)");
    }

    @Test
    void fallsBackToWeekdaysForDateOnlyFiles(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("cdnow.csv"), """
                customer_id,order_date,quantity,amount
                1,1997-01-01,1,5
                1,1997-02-01,1,5
                2,1997-01-02,1,5
                1,1997-03-01,1,5
                2,1997-03-05,1,5
                """);
        String out = SendTimeEvaluationMain.run(new String[] {csv.toString()});
        assertThat(out).contains("hours cannot be evaluated").doesNotContain("window ±");
    }

    @Test
    void rejectsUnknownArgumentsAndBadValues() {
        assertThatThrownBy(() -> SendTimeEvaluationMain.run(new String[] {"x.csv", "--seed=1"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("unknown argument '--seed=1'");
        assertThatThrownBy(() -> SendTimeEvaluationMain.run(new String[] {"x.csv", "--window=one"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("--window");
        assertThatThrownBy(() -> SendTimeEvaluationMain.run(new String[] {"x.csv", "--split=soon"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("--split");
    }
}
