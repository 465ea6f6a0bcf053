package io.marketpilot.app.cli;

import io.marketpilot.app.insight.EmotionAnalysis;
import io.marketpilot.app.insight.ListeningModels;
import io.marketpilot.app.insight.TextRows;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot emotion}: the emotion of each text; a text the model cannot read gets a per-row error. */
@Command(
        name = "emotion",
        description = "Emotion (joy, love, surprise, sadness, anger, fear, neutral) of each text in a CSV/TSV/JSONL or"
                + " plain-text file, English and Chinese, each by its own model; or the labels of a classifier trained on the shop's own"
                + " emotion examples (--model NAME).")
public final class EmotionCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "File, or - for standard input")
    String input;

    @Option(names = "--text-column", defaultValue = "text", description = "Column with the text")
    String textColumn;

    @Option(names = "--id-column", description = "Column with an id (default: the line number)")
    @Nullable
    String idColumn;

    @Option(
            names = "--model",
            defaultValue = "embedding",
            description = "embedding (the shipped English and Chinese models), or the name of a classifier trained on"
                    + " the shop's own emotion labels (`train classifier`)")
    String model;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl | csv | table | json")
    String format;

    @Override
    public Integer call() throws IOException {
        List<TextRows.TextRow> texts = SentimentCommand.read(input, textColumn, idColumn, null);
        if (!model.equalsIgnoreCase("embedding")) {
            ClassifyCommand.print(store, model, texts, format);
            return 0;
        }
        var rows = new EmotionAnalysis(new ListeningModels())
                .rows(
                        texts.stream().map(TextRows.TextRow::id).toList(),
                        texts.stream().map(TextRows.TextRow::text).toList());
        Output.rows(rows, format, System.out);
        return 0;
    }
}
