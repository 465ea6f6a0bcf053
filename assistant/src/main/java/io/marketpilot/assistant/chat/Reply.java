package io.marketpilot.assistant.chat;

import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.Turn;
import java.util.List;
import java.util.Optional;

/**
 * What one customer message produced: the stored customer turn, the assistant's turn (absent while a human
 * agent has the conversation) and any product suggestions.
 */
public record Reply(
        Conversation conversation,
        Turn question,
        Optional<Turn> answer,
        List<ProductSuggester.ProductSuggestion> suggestions) {}
