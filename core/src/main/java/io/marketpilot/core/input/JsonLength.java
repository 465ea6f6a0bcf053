package io.marketpilot.core.input;

import java.util.Map;

/**
 * How many characters a flat object of texts takes when written as compact JSON, as the store writes an event's
 * properties into their column: so a width can be checked before the store is asked, without a JSON library.
 */
public final class JsonLength {
    private JsonLength() {}

    /** The length of {@code {"key":"value",…}} for these entries. */
    public static int of(Map<String, String> object) {
        int length = 2 + Math.max(0, object.size() - 1); // the braces and the commas between entries
        for (Map.Entry<String, String> entry : object.entrySet()) {
            length += quoted(entry.getKey()) + 1 + quoted(entry.getValue());
        }
        return length;
    }

    private static int quoted(String text) {
        int length = 2;
        for (int i = 0; i < text.length(); i++) {
            length += escaped(text.charAt(i));
        }
        return length;
    }

    // JSON writers escape the quote, the backslash and the C0 controls; the five with a short form take two characters.
    private static int escaped(char c) {
        if (c == '"' || c == '\\' || c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
            return 2;
        }
        return c < 0x20 ? 6 : 1;
    }
}
