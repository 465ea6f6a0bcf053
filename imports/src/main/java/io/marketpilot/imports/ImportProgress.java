package io.marketpilot.imports;

/** Receives progress of a long import, e.g. to draw a progress bar on a terminal. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (stage, done, total) -> {};

    void update(String stage, long done, long total);
}
