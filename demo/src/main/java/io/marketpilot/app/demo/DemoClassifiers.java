package io.marketpilot.app.demo;

import io.marketpilot.app.classify.ClassifierService;
import io.marketpilot.app.classify.LabelledExamples;
import io.marketpilot.app.classify.LearnedIntents;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.classifier.ClassifierVersion;
import io.marketpilot.text.classify.ClassifierSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo's own classifier: the support assistant's intents trained on 300 labelled customer messages written for
 * the demo shop (English and Chinese, {@code demo/support/support-intents.csv}), so the Classifiers page opens on a
 * trained model with its report and the assistant reads intents with it. A real training, nothing simulated.
 */
public final class DemoClassifiers {
    static final String EXAMPLES = "/demo/support/support-intents.csv";

    private DemoClassifiers() {}

    /** Trains the support-intent classifier unless the store has one; returns a line for the console. */
    public static Optional<String> seedIfEmpty(Services app) {
        if (app.classifiers.active(LearnedIntents.NAME).isPresent()) {
            return Optional.empty();
        }
        ClassifierVersion trained = app.classifiers
                .train(new ClassifierService.TrainingRequest(
                        LearnedIntents.NAME, examples(), ClassifierSettings.defaults(), true, "demo"))
                .join();
        return Optional.of(String.format(
                Locale.ROOT,
                "Classifier %s trained on %d labelled messages (%s): out-of-fold accuracy %.2f, macro-F1 %.2f (see"
                        + " /classifiers)",
                trained.name(),
                trained.examples(),
                trained.language(),
                trained.accuracy(),
                trained.macroF1()));
    }

    static java.util.List<io.marketpilot.text.classify.LabelledExample> examples() {
        try (InputStream in = DemoClassifiers.class.getResourceAsStream(EXAMPLES)) {
            if (in == null) {
                throw new IllegalStateException(EXAMPLES + " is missing from the jar");
            }
            return LabelledExamples.read("support-intents.csv", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
