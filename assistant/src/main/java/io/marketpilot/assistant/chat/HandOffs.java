package io.marketpilot.assistant.chat;

import io.marketpilot.core.support.Conversation;

/** Hears each conversation the assistant hands to a person (e.g. to tell a help desk), once it is handed off. */
@FunctionalInterface
public interface HandOffs {
    /** Hears nothing: an assistant nobody outside needs to hear from (a test's). */
    HandOffs NONE = (conversation, reason) -> {};

    /**
     * Hears one hand-off.
     *
     * @param conversation the conversation as stored after the hand-off
     * @param reason the escalation policy's reason, e.g. {@code explicit request}: never the customer's words
     */
    void handedOff(Conversation conversation, String reason);
}
