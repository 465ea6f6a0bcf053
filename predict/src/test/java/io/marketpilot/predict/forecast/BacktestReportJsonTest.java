package io.marketpilot.predict.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BacktestReportJsonTest {
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
