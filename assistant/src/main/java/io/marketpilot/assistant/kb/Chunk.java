package io.marketpilot.assistant.kb;

import java.util.Objects;

/**
 * One retrievable passage with where it came from.
 *
 * @param source the source's name (a file name, {@code catalogue})
 * @param position 1, 2, 3… within the source, in reading order
 * @param heading the heading the passage sits under (the question, for a FAQ entry)
 * @param text the passage
 * @param entryId the FAQ entry's or product's id, empty for passages of documents
 * @param language {@code en} or {@code zh}: which embedding space and analyzer the passage is indexed with
 */
public record Chunk(String source, int position, String heading, String text, String entryId, String language) {
    public Chunk {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(language, "language");
    }

    /** The citation label, {@code source#position}. */
    public String citation() {
        return source + "#" + position;
    }

    /** What the index searches and embeds: the heading and the passage. */
    public String indexedText() {
        return heading.isEmpty() ? text : heading + "\n" + text;
    }
}
