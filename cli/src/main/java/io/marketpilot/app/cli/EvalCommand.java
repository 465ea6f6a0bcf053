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
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketpilot eval sentiment}: a model's accuracy, macro-F1 and confusion matrix on labelled texts. */
@Command(
        name = "eval",
        description = "Evaluate a model on labelled data.",
        subcommands = {GenerationEvalCommand.class, EvalClassifierCommand.class})
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
            @Option(names = "--model", defaultValue = "embedding", description = "embedding (default) | vader")
                    String model,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format)
            throws IOException {
        var chosen = SentimentAnalysis.requireModel(model);
        SentimentAnalysis analysis = new SentimentAnalysis(new io.marketpilot.app.insight.ListeningModels());
        List<TextRows.TextRow> rows = SentimentCommand.read(input, textColumn, null, labelColumn);
        List<String> gold = new ArrayList<>();
        for (TextRows.TextRow r : rows) {
            gold.add(goldLabel(r));
        }
        boolean binary = !Set.copyOf(gold).contains("neutral");
        List<String> predicted = new ArrayList<>();
        int unscored = 0;
        var scores = analysis.scores(rows.stream().map(TextRows.TextRow::text).toList(), chosen);
        String modelName = chosen == io.marketpilot.app.insight.SentimentModel.VADER ? "vader-3.3.2" : "";
        for (int i = 0; i < rows.size(); i++) {
            var score = scores.get(i);
            if (score.isEmpty()) {
                unscored++;
                predicted.add("unscored");
            } else if (modelName.isEmpty() || !modelName.contains(score.get().model())) {
                modelName = modelName.isEmpty()
                        ? score.get().model()
                        : modelName + ", " + score.get().model();
            }
            if (score.isPresent() && binary) {
                predicted.add(score.get().compound() >= 0 ? "positive" : "negative");
            } else if (score.isPresent()) {
                predicted.add(score.get().label().wireName());
            }
        }
        print(
                modelName,
                ClassificationReport.of(gold, predicted),
                unscored,
                Optional.of("wrong language or unreadable"),
                format);
        return 0;
    }

    @Command(
            name = "retrieval",
            description = "Recall@1, recall@k and MRR of the support assistant's retrieval on an FAQ: the FAQ file"
                    + " (CSV with header or JSONL: id, question, answer) and a queries file (query, answer_id).")
    int retrieval(
            @Option(names = "--kb", required = true, description = "FAQ file") java.nio.file.Path kb,
            @Option(names = "--queries", required = true, description = "Queries file") java.nio.file.Path queries,
            @Option(names = "--k", defaultValue = "5") int k,
            @Option(names = "--mode", defaultValue = "hybrid", description = "hybrid | bm25 | vector | all")
                    String mode,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format) {
        List<io.marketpilot.assistant.kb.SearchMode> modes = mode.equals("all")
                ? List.of(io.marketpilot.assistant.kb.SearchMode.values())
                : List.of(io.marketpilot.assistant.kb.SearchMode.parse(mode));
        var faq = io.marketpilot.assistant.kb.FaqFile.read(kb);
        var labelled = io.marketpilot.assistant.kb.FaqFile.readQueries(queries);
        var reports = new io.marketpilot.assistant.eval.RetrievalEvaluation(
                        io.marketpilot.text.embedding.BilingualEmbedder.bgeSmall(),
                        new io.marketpilot.text.language.LanguageDetector())
                .evaluate(faq, labelled, k, modes);
        if (format.equals("json")) {
            Output.json(reports.size() == 1 ? reports.getFirst() : reports, System.out);
        } else {
            for (var r : reports) {
                System.out.printf(
                        Locale.ROOT,
                        "%-6s on %d queries, %d entries: recall@1 %.4f, recall@%d %.4f, MRR %.4f (%.1f s; %s)%n",
                        r.mode(),
                        r.queries(),
                        r.entries(),
                        r.recallAt1(),
                        r.k(),
                        r.recallAtK(),
                        r.mrr(),
                        r.seconds(),
                        r.embedding());
            }
        }
        return 0;
    }

    @Command(
            name = "emotion",
            description = "Accuracy and macro-F1 of the emotion model against gold labels (our seven labels, or"
                    + " GoEmotions' 28 names mapped onto them: admiration -> love, disgust -> anger, ...)")
    int emotion(
            @Option(names = "--input", required = true, description = "Labelled file (CSV/TSV/JSONL)") String input,
            @Option(names = "--text-column", defaultValue = "text") String textColumn,
            @Option(names = "--label-column", defaultValue = "label") String labelColumn,
            @Option(names = "--model", defaultValue = "embedding", description = "embedding (the only one)")
                    String model,
            @Option(names = "--format", defaultValue = "table", description = "table | json") String format)
            throws IOException {
        if (!model.equalsIgnoreCase("embedding")) {
            throw MarketPilotException.invalid("Unknown emotion model '" + model + "': available is embedding");
        }
        List<TextRows.TextRow> rows = SentimentCommand.read(input, textColumn, null, labelColumn);
        List<String> gold = new ArrayList<>();
        for (TextRows.TextRow r : rows) {
            gold.add(io.marketpilot.text.emotion.EmotionLabels.merge(r.label() == null ? "" : r.label()));
        }
        var analysis = new io.marketpilot.app.insight.EmotionAnalysis(new io.marketpilot.app.insight.ListeningModels());
        var results = analysis.rows(
                rows.stream().map(TextRows.TextRow::id).toList(),
                rows.stream().map(TextRows.TextRow::text).toList());
        List<String> predicted = new ArrayList<>();
        int unscored = 0;
        for (var r : results) {
            if (r.containsKey("label")) {
                predicted.add((String) r.get("label"));
            } else {
                predicted.add("unscored");
                unscored++;
            }
        }
        print(analysis.model(), ClassificationReport.of(gold, predicted), unscored, Optional.empty(), format);
        return 0;
    }

    /**
     * A classification evaluation as JSON (keys {@code model n accuracy macro_f1 unscored confusion}) or one line of
     * text; {@code whyUnscored} explains unscored texts in the text form, when there is one reason.
     */
    private static void print(
            String model, ClassificationReport report, int unscored, Optional<String> whyUnscored, String format) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", model);
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
                    model,
                    report.n(),
                    report.accuracy(),
                    report.macroF1(),
                    unscored == 0
                            ? ""
                            : " (" + unscored + " not scorable"
                                    + whyUnscored.map(why -> ": " + why).orElse("") + ")");
            System.out.println("confusion (rows gold, columns predicted): " + report.confusion());
        }
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
