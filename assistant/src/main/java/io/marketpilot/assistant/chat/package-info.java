/**
 * Conversations: intent and sentiment per customer turn, grounded answers with citations (through the
 * {@code LanguageModel} port, or extractive offline), guardrails, and escalation to a human agent.
 */
@NullMarked
package io.marketpilot.assistant.chat;

import org.jspecify.annotations.NullMarked;
