package io.marketpilot.imports;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Imports one file all-or-nothing: reads it, recognises its layout by the header, checks every row and every
 * reference, and only when nothing is wrong writes it in one transaction with idempotent keys.
 */
public interface Importer {
    /** Imports (or, dry, only checks) the file; a refused file raises {@link ImportRejectedException} naming every bad line and writes nothing. */
    default ImportReport importFile(
            ImportKind kind, String sourceName, InputStream in, boolean dryRun, String actor, ImportProgress progress) {
        return importFile(kind, sourceName, in, dryRun, actor, progress, committed -> {});
    }

    /**
     * The same, telling {@code afterCommit} what the written file added once its transaction committed (never on a
     * dry run or a refused file).
     */
    ImportReport importFile(
            ImportKind kind,
            String sourceName,
            InputStream in,
            boolean dryRun,
            String actor,
            ImportProgress progress,
            Consumer<CommittedImport> afterCommit);
}
