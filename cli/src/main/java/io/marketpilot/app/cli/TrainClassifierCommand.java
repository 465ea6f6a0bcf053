package io.marketpilot.app.cli;

import io.marketpilot.app.classify.ClassifierService;
import io.marketpilot.app.classify.ClassifierSummary;
import io.marketpilot.app.classify.LabelledExamples;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.classifier.ClassifierVersion;
import io.marketpilot.text.classify.ClassifierSettings;
import io.marketpilot.text.classify.TrainingReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marketpilot train classifier}: trains a classifier on the shop's own labelled texts and keeps it in the store
 * as the next version of its name, with its cross-validated training report.
 */
@Command(
        name = "classifier",
        description = "Train a text classifier on labelled examples (CSV/JSONL with label and text columns, or .txt"
                + " lines 'text;label'), any label set, English or Chinese: embeddings + word/character n-grams, a"
                + " regularised softmax head with class weights, settings chosen by cross-validation, calibrated"
                + " probabilities. Stored as the next version of --name (active if it is the first, or with"
                + " --activate).")
public final class TrainClassifierCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, description = "Labelled examples file")
    Path input;

    @Option(names = "--name", required = true, description = "Classifier name (lower-case letters, digits, - _)")
    String name;

    @Option(names = "--activate", description = "Make the new version the active one even if the name has one")
    boolean activate;

    @Option(names = "--folds", description = "Cross-validation folds (default ${DEFAULT-VALUE})", defaultValue = "5")
    int folds;

    @Option(
            names = "--embeddings",
            defaultValue = "auto",
            description = "auto (the sentence embedding joins the n-grams where cross-validation says it helps),"
                    + " always, or never (n-grams only: faster, no model)")
    String embeddings;

    @Option(names = "--report", description = "Also write the training report (Markdown) to this file")
    @Nullable
    Path report;

    @Option(names = "--format", defaultValue = "table", description = "table | json")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        ClassifierVersion.requireName(name);
        if (!Files.isRegularFile(input)) {
            throw MarketPilotException.invalid("No such file: " + input);
        }
        var examples = read(input);
        ClassifierSettings defaults = ClassifierSettings.defaults();
        ClassifierSettings settings = new ClassifierSettings(
                defaults.l2Grid(),
                folds,
                ClassifierSettings.Embeddings.parse(embeddings),
                defaults.hashBits(),
                defaults.seed());
        try (Services app = store.open()) {
            ClassifierVersion stored = app.classifiers
                    .train(
                            new ClassifierService.TrainingRequest(name, examples, settings, activate, "cli"),
                            line -> System.err.println("  " + line))
                    .join();
            var trainingReport = TrainingReportJson.read(stored.report());
            if (report != null) {
                Files.writeString(report, trainingReport.toMarkdown());
            }
            print(stored, trainingReport.toMarkdown());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return 0;
    }

    static List<io.marketpilot.text.classify.LabelledExample> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return LabelledExamples.read(file.getFileName().toString(), in);
        }
    }

    private void print(ClassifierVersion v, String markdown) {
        if (format.equals("json")) {
            Map<String, Object> out = new LinkedHashMap<>(Output.asMap(ClassifierSummary.of(v)));
            out.put("report", TrainingReportJson.read(v.report()));
            Output.json(out, System.out);
            return;
        }
        System.out.print(markdown);
        System.out.printf(
                Locale.ROOT,
                "%nstored as %s version %d%s: %d examples, %d labels, out-of-fold accuracy %.4f, macro-F1 %.4f%n",
                v.name(),
                v.version(),
                v.active() ? " (active)" : " (not active: `marketpilot classifier activate` to switch)",
                v.examples(),
                v.labels().size(),
                v.accuracy(),
                v.macroF1());
    }
}
