package io.marketpilot.assistant.chat;

/**
 * Where a customer turn's intent comes from: the built-in cue-phrase rules ({@link IntentDetector}), or a model the
 * shop trained on its own labelled messages, which falls back to the rules where it has no confident answer.
 */
@FunctionalInterface
public interface IntentSource {
    Intent detect(String text);
}
