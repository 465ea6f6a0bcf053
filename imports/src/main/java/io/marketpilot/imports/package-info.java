/** Reading shop files without a store: CSV, TSV and JSON Lines readers (gzip, strict UTF-8, line numbers), the all-or-nothing importer with its report of every bad row, and the exporter port. */
@NullMarked
package io.marketpilot.imports;

import org.jspecify.annotations.NullMarked;
