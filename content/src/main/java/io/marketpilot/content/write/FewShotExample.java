package io.marketpilot.content.write;

/**
 * An approved (or winning) text shown to the model before the request: the user message it answered and the
 * fields it produced, as JSON.
 */
public record FewShotExample(String user, String fieldsJson) {}
