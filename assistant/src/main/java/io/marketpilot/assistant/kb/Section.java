package io.marketpilot.assistant.kb;

import java.util.Objects;

/**
 * A piece of a document under one heading, before chunking.
 *
 * @param entryId the FAQ entry's or product's id when the section is one entry, else empty
 */
public record Section(String heading, String text, String entryId) {
    public Section {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entryId, "entryId");
    }

    public static Section of(String heading, String text) {
        return new Section(heading, text, "");
    }
}
