package io.marketpilot.imports;

import java.util.ArrayList;
import java.util.List;

/** Collects the reasons rows are refused while a file is checked, so that one run reports them all. */
public final class RowErrors {
    private final List<RowError> errors = new ArrayList<>();

    public void add(SourceRow row, String field, String reason) {
        errors.add(new RowError(row.line(), field, reason));
    }

    public void addAll(List<RowError> more) {
        errors.addAll(more);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<RowError> list() {
        return errors.stream()
                .sorted(java.util.Comparator.comparingInt(RowError::line))
                .toList();
    }
}
