package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.eval.ClassificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot eval classifier}: a trained classifier's accuracy, macro-F1 and per-class figures on labelled texts. */
@Command(
        name = "classifier",
        description = "Score the active version of a trained classifier on labelled examples it never saw (same file"
                + " layouts as `train classifier`): accuracy, macro-F1, per-class precision/recall/F1, confusion.")
public final class EvalClassifierCommand implements Callable<Integer> {
    @Option(names = "--name", required = true, description = "Classifier name")
    String name;

    @Option(names = "--input", required = true, description = "Labelled examples file")
    Path input;

    @Option(names = "--format", defaultValue = "table", description = "table | json")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            throw MarketPilotException.invalid("No such file: " + input);
        }
        var examples = TrainClassifierCommand.read(input);
        try (Services app = store.open()) {
            var model = app.classifiers.require(name);
            ClassificationReport report = app.classifiers.evaluate(name, examples);
            print(model.model(), report);
        }
        return 0;
    }

    private void print(String model, ClassificationReport report) {
        List<Map<String, Object>> perClass = report.perClass().stream()
                .map(c -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("label", c.label());
                    row.put("precision", c.precision());
                    row.put("recall", c.recall());
                    row.put("f1", c.f1());
                    row.put("support", c.support());
                    return row;
                })
                .toList();
        if (format.equals("json")) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("model", model);
            out.put("n", report.n());
            out.put("accuracy", report.accuracy());
            out.put("macro_f1", report.macroF1());
            out.put("per_class", perClass);
            out.put("confusion", report.confusion());
            Output.json(out, System.out);
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "model %s on %d texts: accuracy %.4f, macro-F1 %.4f%n",
                model,
                report.n(),
                report.accuracy(),
                report.macroF1());
        Output.rows(perClass, "table", System.out);
    }
}
