package io.marketpilot.imports;

import java.util.List;
import java.util.Map;

/**
 * What an import did (or, on a dry run, would do): rows read and, per table, how many keys were new and how many
 * already existed; and the notes of the layout on rows that are not plain data (duplicates skipped, fees kept as
 * fees, stock adjustments…). Importing the same file twice shows zero new rows the second time.
 */
public record ImportReport(
        String kind,
        String layout,
        String source,
        int rows,
        boolean dryRun,
        Map<String, TableChange> tables,
        List<String> notes) {

    public ImportReport {
        notes = List.copyOf(notes);
    }

    /** New and already-present keys of one table. */
    public record TableChange(int added, int existing) {}

    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(dryRun ? "Dry run: would import " : "Imported ")
                .append(rows)
                .append(" rows of ")
                .append(kind)
                .append(" (layout ")
                .append(layout)
                .append(") from ")
                .append(source);
        tables.forEach((table, change) -> sb.append("\n  ")
                .append(table)
                .append(": ")
                .append(change.added())
                .append(" new, ")
                .append(change.existing())
                .append(" already present"));
        notes.forEach(note -> sb.append("\n  note: ").append(note));
        return sb.toString();
    }
}
