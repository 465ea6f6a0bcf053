/**
 * Conversations: intent and sentiment per customer turn, grounded answers with citations (through the
 * {@code LanguageModel} port, or extractive offline), guardrails, and escalation to a human agent.
 */
package io.marketpilot.assistant.chat;
