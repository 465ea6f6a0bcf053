package io.marketpilot.assistant.chat;

import java.util.List;

/**
 * The assistant's reply to one turn.
 *
 * @param outcome {@link #ANSWERED}, {@link #NOT_FOUND}, {@link #FALLBACK} (extractive because the model failed),
 *     {@link #REFUSED} (a guardrail answered) or {@link #HANDOFF}
 * @param citations {@code source#position} of the passages the answer rests on
 * @param model what produced the text: {@code provider/model} of the LLM, or {@code extractive/<embedding model>}
 */
public record Answer(String text, String outcome, List<String> citations, String model) {
    public static final String ANSWERED = "answered";
    public static final String NOT_FOUND = "not_found";
    public static final String FALLBACK = "fallback";
    public static final String REFUSED = "refused";
    public static final String HANDOFF = "handoff";

    public Answer {
        citations = List.copyOf(citations);
    }

    /** True when the answer gave the customer what they asked for from the knowledge base. */
    public boolean grounded() {
        return outcome.equals(ANSWERED) || outcome.equals(FALLBACK);
    }
}
