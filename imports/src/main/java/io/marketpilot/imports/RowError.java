package io.marketpilot.imports;

/** Why one line of a file was refused. */
public record RowError(int line, String field, String reason) {
    @Override
    public String toString() {
        return "line " + line + (field.isEmpty() ? "" : " (" + field + ")") + ": " + reason;
    }
}
