package io.marketpilot.copilot.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;

/** The plan's one JSON form: what the store keeps and reads back. */
public final class PlanCodec {
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private PlanCodec() {}

    public static String write(Plan plan) {
        try {
            return JSON.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new MarketPilotException(
                    ErrorCode.INTERNAL, "A plan could not be written as JSON", java.util.Map.of(), e);
        }
    }

    /** A stored plan read back; a body that is not a plan's JSON is an internal fault of the store. */
    public static Plan read(String json) {
        try {
            return JSON.readValue(json, Plan.class);
        } catch (JsonProcessingException e) {
            throw new MarketPilotException(
                    ErrorCode.INTERNAL, "A stored plan could not be read", java.util.Map.of(), e);
        }
    }
}
