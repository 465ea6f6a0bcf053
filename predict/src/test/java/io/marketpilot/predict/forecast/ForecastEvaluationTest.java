package io.marketpilot.predict.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastEvaluationTest {
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
        String report = ForecastEvaluation.evaluate(
                file, ForecastEvaluation.options(new String[] {file.toString(), "--horizon=4", "--origins=10"}));
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
        assertThatThrownBy(() -> ForecastEvaluation.options(new String[] {"x.csv", "--horizn=4"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("unknown argument '--horizn=4'");
        assertThatThrownBy(() -> ForecastEvaluation.evaluate(Path.of("x.csv"), Map.of("horizon", "four")))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("--horizon must be an integer, got 'four'");
    }

    @Test
    void backtestReportSerialisesToJsonWithItsScoresPerMethod() throws IOException {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        BacktestReport r = Backtest.run(SyntheticSeries.randomWalk(40, 100, 1, 1), 2, 5, ForecastOptions.defaults());
        JsonNode json = mapper.readTree(mapper.writeValueAsString(r));
        assertThat(json.get("seriesKey").asText()).isEqualTo("walk");
        assertThat(json.get("firstOrigin").asText()).isEqualTo(r.firstOrigin().toString());
        JsonNode naive = json.get("methods").get(1);
        assertThat(naive.get("method").asText()).isEqualTo("naive");
        assertThat(naive.get("mase").asDouble())
                .isEqualTo(r.score(ForecastMethod.NAIVE).mase());
        for (String field : new String[] {"mae", "coverage80", "coverage95", "origins", "forecasts", "note"}) {
            assertThat(naive.has(field)).as(field).isTrue();
        }
    }
}
