package io.marketpilot.imports.layout;

import io.marketpilot.imports.Fields;
import io.marketpilot.imports.Headers;
import io.marketpilot.imports.ImportBatch;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.RowErrors;
import io.marketpilot.imports.SourceRow;
import java.util.List;

/** One accepted column layout for one kind of data, recognised by its header. */
public interface Layout {
    String name();

    ImportKind kind();

    /** The (normalised) columns that identify this layout; all must be present. */
    List<String> requiredColumns();

    default boolean matches(Headers headers) {
        return headers.hasAll(requiredColumns().toArray(String[]::new));
    }

    /** Turns rows into entities in {@code batch}, recording every refusal in {@code errors}. */
    void parse(List<SourceRow> rows, Fields fields, RowErrors errors, ImportBatch batch);
}
