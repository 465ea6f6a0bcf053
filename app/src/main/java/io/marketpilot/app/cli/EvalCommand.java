package io.marketpilot.app.cli;

import io.marketpilot.app.insight.SentimentAnalysis;
import io.marketpilot.app.insight.TextRows;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.eval.ClassificationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketpilot eval sentiment}: a model's accuracy, macro-F1 and confusion matrix on labelled texts. */
@Command(name = "eval", description = "Evaluate a model on labelled data.")
public final class EvalCommand {
    @Command(
            name = "sentiment",
            description =
                    "Accuracy and macro-F1 of sentiment labels against gold labels"
                            + " (words, or 0/1 with 1 = positive). On two-class data a non-negative compound counts as positive.")
    int sentiment(
            @Option(
                            names = "--input",
                            required = true,
                            description = "Labelled file (CSV/TSV/JSONL, or UCI-style text<TAB>label)")
                    String input,
            @Option(names = "--text-column", defaultValue = "text") String textColumn,
            @Option(names = "--label-column", defaultValue = "label") String labelColumn,
            @Option(names = "--model", defaultValue = "vader") String model,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format)
            throws IOException {
        SentimentAnalysis.requireModel(model);
        SentimentAnalysis analysis = SentimentAnalysis.bundled();
        List<TextRows.TextRow> rows = SentimentCommand.read(input, textColumn, null, labelColumn);
        List<String> gold = new ArrayList<>();
        for (TextRows.TextRow r : rows) {
            gold.add(goldLabel(r));
        }
        boolean binary = !Set.copyOf(gold).contains("neutral");
        List<String> predicted = new ArrayList<>();
        int unscored = 0;
        for (TextRows.TextRow r : rows) {
            var score = analysis.score(r.text());
            if (score.isEmpty()) {
                unscored++;
                predicted.add("unscored");
            } else if (binary) {
                predicted.add(score.get().compound() >= 0 ? "positive" : "negative");
            } else {
                predicted.add(score.get().label().wireName());
            }
        }
        ClassificationReport report = ClassificationReport.of(gold, predicted);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", "vader-3.3.2");
        out.put("n", report.n());
        out.put("accuracy", report.accuracy());
        out.put("macro_f1", report.macroF1());
        out.put("unscored", unscored);
        out.put("confusion", report.confusion());
        if (format.equals("json")) {
            Output.json(out, System.out);
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "model %s on %d texts: accuracy %.4f, macro-F1 %.4f%s%n",
                    out.get("model"),
                    report.n(),
                    report.accuracy(),
                    report.macroF1(),
                    unscored == 0 ? "" : " (" + unscored + " not scorable: wrong language)");
            System.out.println("confusion (rows gold, columns predicted): " + report.confusion());
        }
        return 0;
    }

    private static String goldLabel(TextRows.TextRow r) {
        String label = r.label() == null ? "" : r.label().strip().toLowerCase(Locale.ROOT);
        return switch (label) {
            case "1", "pos", "positive" -> "positive";
            case "0", "neg", "negative" -> "negative";
            case "neutral", "neu" -> "neutral";
            default ->
                throw MarketPilotException.invalid("Line " + r.line() + ": label '" + r.label()
                        + "' is not positive/negative/neutral or 1/0 (choose the column with --label-column)");
        };
    }
}
