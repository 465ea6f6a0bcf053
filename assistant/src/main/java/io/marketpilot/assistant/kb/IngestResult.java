package io.marketpilot.assistant.kb;

/**
 * What ingesting one source did.
 *
 * @param status {@code added} (new source), {@code replaced} (content changed: old chunks removed) or
 *     {@code unchanged} (same content hash: nothing written)
 */
public record IngestResult(String source, String kind, String status, int chunks) {
    public String summary() {
        return source + ": " + status + " (" + chunks + " chunks, " + kind + ")";
    }
}
