package io.marketpilot.app.classify;

import io.marketpilot.app.insight.TextRows;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.classify.LabelledExample;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Labelled examples from a file: CSV/TSV with a header or JSON Lines with {@code label} and {@code text}, or a plain
 * {@code .txt} file of {@code text;label} or {@code text<TAB>label} lines (the layout the public emotion benchmarks
 * use). All or nothing: one row without a label or a text fails the file, naming its line.
 */
public final class LabelledExamples {
    /** More than this many examples is a batch job's work, not a training upload (and would exhaust the heap). */
    public static final int MAX_EXAMPLES = 200_000;

    private LabelledExamples() {}

    public static List<LabelledExample> read(String name, InputStream in) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        List<LabelledExample> examples = lower.endsWith(".txt") ? plain(in) : tabular(name, in);
        if (examples.isEmpty()) {
            throw MarketPilotException.invalid(name + " holds no labelled examples");
        }
        if (examples.size() > MAX_EXAMPLES) {
            throw MarketPilotException.invalid(
                    name + " holds " + examples.size() + " examples; at most " + MAX_EXAMPLES + " are accepted");
        }
        return examples;
    }

    private static List<LabelledExample> tabular(String name, InputStream in) throws IOException {
        List<LabelledExample> examples = new ArrayList<>();
        for (TextRows.TextRow row : TextRows.read(name, in, "text", null, "label")) {
            examples.add(example(row.label(), row.text(), row.line()));
        }
        return examples;
    }

    private static List<LabelledExample> plain(InputStream in) throws IOException {
        List<LabelledExample> examples = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                int cut = Math.max(line.lastIndexOf(';'), line.lastIndexOf('\t'));
                if (cut < 0) {
                    throw MarketPilotException.invalid(
                            "line " + n + ": expected 'text;label' or 'text<TAB>label', found no separator");
                }
                examples.add(example(line.substring(cut + 1), line.substring(0, cut), n));
            }
        }
        return examples;
    }

    private static LabelledExample example(@Nullable String label, @Nullable String text, int line) {
        if (label == null || label.isBlank()) {
            throw MarketPilotException.invalid(
                    "line " + line + ": the example has no label (a CSV or JSON Lines file needs a 'label' column)");
        }
        if (text == null || text.isBlank()) {
            throw MarketPilotException.invalid("line " + line + ": the example has no text");
        }
        return new LabelledExample(label.strip(), text.strip());
    }
}
