package io.marketpilot.assistant.kb;

import io.marketpilot.core.MarketPilotException;

/** One question and answer of an FAQ file. */
public record FaqEntry(String id, String question, String answer) {
    public FaqEntry {
        if (id == null || id.isBlank()) {
            throw MarketPilotException.invalid("An FAQ entry needs an id");
        }
        if (question == null || question.isBlank()) {
            throw MarketPilotException.invalid("FAQ entry " + id + " has no question");
        }
        answer = answer == null ? "" : answer;
    }
}
