package io.marketpilot.imports;

import java.io.InputStream;

/**
 * Imports one file all-or-nothing: reads it, recognises its layout by the header, checks every row and every
 * reference, and only when nothing is wrong writes it in one transaction with idempotent keys.
 */
public interface Importer {
    /** Imports (or, dry, only checks) the file; a refused file raises {@link ImportRejectedException} naming every bad line and writes nothing. */
    ImportReport importFile(
            ImportKind kind, String sourceName, InputStream in, boolean dryRun, String actor, ImportProgress progress);
}
