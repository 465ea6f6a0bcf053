package io.marketpilot.app.campaign;

/** What a consent import recorded: every row of the file, or (when a row was bad) nothing. */
public record ConsentImportReport(String source, int rows, int recorded) {}
