package io.marketpilot.predict.sendtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendTimeEvaluationMainTest {
    @Test
    void printsTheTableForAnOrdersFile(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("orders.csv"), PurchaseTimesCsvTest.MARKETPILOT_ORDERS);
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
