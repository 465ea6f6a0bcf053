package io.marketpilot.app.cli;

import io.marketpilot.app.classify.ClassifiedText;
import io.marketpilot.app.insight.TextRows;
import io.marketpilot.app.services.Services;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot classify}: each text's label by a classifier the shop trained (`train classifier`). */
@Command(
        name = "classify",
        description = "Label each text in a CSV/TSV/JSONL or plain-text file with the active version of a trained"
                + " classifier: label, calibrated confidence, every label's probability; a text in the other language"
                + " gets a per-row error.")
public final class ClassifyCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "Name of a trained classifier")
    String model;

    @Option(names = "--input", required = true, description = "File, or - for standard input")
    String input;

    @Option(names = "--text-column", defaultValue = "text", description = "Column with the text")
    String textColumn;

    @Option(names = "--id-column", description = "Column with an id (default: the line number)")
    @Nullable
    String idColumn;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl | csv | table | json")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        print(store, model, SentimentCommand.read(input, textColumn, idColumn, null), format);
        return 0;
    }

    /** Labels the texts with the active version of the trained classifier {@code model} (also `emotion --model`). */
    static void print(StoreOptions store, String model, List<TextRows.TextRow> texts, String format) {
        try (Services app = store.open()) {
            var outcomes = app.classifiers.classify(
                    model, texts.stream().map(TextRows.TextRow::text).toList());
            Output.records(
                    ClassifiedText.of(texts.stream().map(TextRows.TextRow::id).toList(), outcomes), format, System.out);
        }
    }
}
