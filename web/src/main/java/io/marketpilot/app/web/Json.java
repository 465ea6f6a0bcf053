package io.marketpilot.app.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.marketpilot.app.experiment.AbTestAnswer;
import io.marketpilot.app.experiment.SampleSizeAnswer;

/**
 * The one JSON configuration of the server and the CLI: ISO dates, records as objects. The wire names of the
 * services' answer records are set here, at the door, so the services stay free of Jackson: the statistics answers
 * are written in snake_case ({@code rate_a}, {@code p_value}), as the CLI printed them before the API did.
 */
public final class Json {
    private Json() {}

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addMixIn(AbTestAnswer.class, AbTestNames.class)
                .addMixIn(SampleSizeAnswer.class, SnakeCase.class);
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private interface SnakeCase {}

    /** Snake case would write {@code prob_bbeats_a}: the one name the rule gets wrong is spelled out. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private abstract static class AbTestNames {
        @JsonProperty("prob_b_beats_a")
        abstract double probBBeatsA();
    }
}
