package io.marketpilot.app.cli;

import io.marketpilot.app.insight.SentimentAnalysis;
import io.marketpilot.app.insight.TextRows;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketpilot sentiment}: scores texts from a file; a text the model cannot score gets a per-row error. */
@Command(name = "sentiment", description = "Sentiment of each text in a CSV/TSV/JSONL or plain-text file.")
public final class SentimentCommand implements Callable<Integer> {
    @Option(
            names = "--input",
            required = true,
            description = "File, or - for standard input (plain text, one per line)")
    String input;

    @Option(
            names = "--text-column",
            defaultValue = "text",
            description = "Column with the text (default ${DEFAULT-VALUE})")
    String textColumn;

    @Option(names = "--id-column", description = "Column with an id (default: the line number)")
    @Nullable
    String idColumn;

    @Option(
            names = "--model",
            defaultValue = "embedding",
            description = "embedding (default: bge-small + logistic head, English and Chinese) | vader (English only;"
                    + " Chinese rows get a per-row error)")
    String model;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl | csv | table | json")
    String format;

    @Override
    public Integer call() throws IOException {
        var chosen = SentimentAnalysis.requireModel(model);
        SentimentAnalysis analysis = new SentimentAnalysis(new io.marketpilot.app.insight.ListeningModels());
        List<TextRows.TextRow> texts = read(input, textColumn, idColumn, null);
        List<Map<String, Object>> rows = analysis.rows(
                texts.stream().map(TextRows.TextRow::id).toList(),
                texts.stream().map(TextRows.TextRow::text).toList(),
                chosen);
        Output.rows(rows, format, System.out);
        return 0;
    }

    static List<TextRows.TextRow> read(String input, String text, @Nullable String id, @Nullable String label)
            throws IOException {
        if (input.equals("-")) {
            return TextRows.read("-", System.in, text, id, label);
        }
        Path path = Path.of(input);
        if (!Files.isRegularFile(path)) {
            throw io.marketpilot.core.MarketPilotException.invalid("No such file: " + input);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return TextRows.read(path.getFileName().toString(), in, text, id, label);
        }
    }
}
