package io.marketpilot.imports;

import java.util.Map;

/**
 * One record of a source file with its line number (1-based, the header being line 1 in CSV) and its values keyed
 * by normalised column name (see {@link Headers#normalise(String)}).
 */
public record SourceRow(int line, Map<String, String> values) {

    /** The trimmed value of a column, or an empty string when the column is absent or blank. */
    public String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.strip();
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }
}
