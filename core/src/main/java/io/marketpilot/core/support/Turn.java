package io.marketpilot.core.support;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One message of a conversation with what was learned about it.
 *
 * @param seq 1, 2, 3… within the conversation
 * @param intent the detected intent of a customer turn ({@code question}, {@code order_issue}, {@code complaint},
 *     {@code purchase}, {@code handoff_request}), empty for other speakers
 * @param sentiment the customer turn's sentiment score in [-1, 1]; 0 for other speakers
 * @param outcome how an assistant turn ended: {@code answered}, {@code not_found}, {@code handoff}, {@code refused},
 *     {@code fallback}; {@code agent} for an agent's reply; empty for customer turns
 * @param citations the knowledge-base passages an answer rests on ({@code source#position})
 * @param model the model that produced the turn's text or sentiment (provenance), e.g. {@code vader-3.3.2},
 *     {@code extractive/bge-small-en-v1.5}, {@code openai/gpt-4o-mini}, or the agent's name
 */
public record Turn(
        String conversationId,
        int seq,
        Speaker speaker,
        String text,
        String intent,
        double sentiment,
        String outcome,
        List<String> citations,
        String model,
        LocalDateTime at) {
    public Turn {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(outcome, "outcome");
        citations = List.copyOf(citations);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(at, "at");
    }
}
