package io.marketpilot.imports;

import java.io.OutputStream;

/** Writes stored data back out in MarketPilot's own layouts, so an export re-imports to the same rows. */
public interface Exporter {
    /**
     * Writes all records of {@code kind}, row by row as the store streams them (a million events never sit in memory
     * at once, and a reader that goes away stops the export at its next write); returns the number of rows written.
     */
    int export(ImportKind kind, String fileName, OutputStream out, String actor);
}
