package io.marketpilot.text.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;

/**
 * A training report as the JSON the store keeps beside its model, and back: the records' own component names, so
 * the report reads back equal to the one written.
 */
public final class TrainingReportJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrainingReportJson() {}

    public static String write(TrainingReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a training report did not serialise", e);
        }
    }

    public static TrainingReport read(String json) {
        try {
            return JSON.readValue(json, TrainingReport.class);
        } catch (JsonProcessingException e) {
            throw MarketPilotException.invalid("a stored training report is not readable: " + e.getOriginalMessage());
        }
    }
}
