package io.marketpilot.imports;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.Map;

/** A file refused as a whole because some rows are invalid; nothing was written. Lists every bad row. */
public final class ImportRejectedException extends MarketPilotException {
    static final int LISTED = 100;

    private final List<RowError> errors;

    public ImportRejectedException(String source, List<RowError> errors) {
        super(ErrorCode.INVALID_INPUT, message(source, errors), details(errors));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    private static String message(String source, List<RowError> errors) {
        RowError first = errors.getFirst();
        return "Nothing imported from " + source + ": " + errors.size() + " invalid row"
                + (errors.size() == 1 ? "" : "s") + "; first at " + first;
    }

    private static Map<String, Object> details(List<RowError> errors) {
        List<Map<String, Object>> listed = errors.stream()
                .limit(LISTED)
                .map(e -> Map.<String, Object>of("line", e.line(), "field", e.field(), "reason", e.reason()))
                .toList();
        return Map.of("errorCount", errors.size(), "errors", listed);
    }
}
