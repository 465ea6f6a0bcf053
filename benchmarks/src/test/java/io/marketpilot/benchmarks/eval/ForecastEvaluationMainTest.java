package io.marketpilot.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastEvaluationMainTest {
    @Test
    void backtestsTheTotalAndEverySeriesOfAGenericFile(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("date,amount,series\n");
        LocalDate monday = LocalDate.of(2024, 1, 1);
        for (int week = 0; week < 40; week++) {
            csv.append(monday.plusWeeks(week).plusDays(2))
                    .append(',')
                    .append(100 + week % 5)
                    .append(",books\n");
            csv.append(monday.plusWeeks(week).plusDays(4))
                    .append(',')
                    .append(50 + week % 3)
                    .append(",music\n");
        }
        csv.append("2024-03-06,0,posters\n"); // a free sample: zero every week
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        String report = ForecastEvaluationMain.evaluate(
                file, ForecastEvaluationMain.options(new String[] {file.toString(), "--horizon=4", "--origins=10"}));
        assertThat(report)
                // the data run Wednesday to Friday, so the first and last weeks are partial and dropped
                .contains("81 rows, 38 complete ISO weeks 2024-01-08 to 2024-09-23")
                .contains("series total: 38 weeks, horizon 4, 10 origins")
                .contains("series books:")
                .contains("series music:")
                // a series that never changes has no MASE scale; it is reported, the others still run
                .contains("series posters: not evaluated: series 'posters' does not change in the")
                .contains("model on all 38 weeks: ETS(A,");
        assertThat(report.indexOf("series total")).isLessThan(report.indexOf("series books"));
    }

    @Test
    void rejectsUnknownArguments() {
        assertThatThrownBy(() -> ForecastEvaluationMain.options(new String[] {"x.csv", "--horizn=4"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("unknown argument '--horizn=4'");
        assertThatThrownBy(() -> ForecastEvaluationMain.evaluate(Path.of("x.csv"), Map.of("horizon", "four")))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("--horizon must be an integer, got 'four'");
    }
}
