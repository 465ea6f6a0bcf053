package io.marketpilot.imports;

import java.util.List;

/** Everything read from one file: its headers, its rows and the lines that could not even be parsed. */
public record SourceData(Headers headers, List<SourceRow> rows, List<RowError> errors) {}
