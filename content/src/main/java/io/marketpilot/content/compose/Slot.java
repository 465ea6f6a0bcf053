package io.marketpilot.content.compose;

/**
 * A value for a template slot and its grammatical number, so templates agree with it: {@code {product}} writes
 * the text, {@code {product:has|have}} writes "has" for a singular value and "have" for a plural one.
 */
record Slot(String text, boolean plural) {
    static Slot singular(String text) {
        return new Slot(text, false);
    }
}
