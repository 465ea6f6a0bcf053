package io.marketpilot.imports;

/** An export stopped part-way because its output failed (e.g. the client downloading it went away). */
public final class ExportAbortedException extends RuntimeException {
    private final int rowsWritten;

    public ExportAbortedException(int rowsWritten, Exception cause) {
        super("export stopped after " + rowsWritten + " rows: " + cause.getMessage(), cause);
        this.rowsWritten = rowsWritten;
    }

    public int rowsWritten() {
        return rowsWritten;
    }
}
