package io.marketpilot.app.demo;

import io.marketpilot.app.classify.ClassifierService;
import io.marketpilot.app.classify.LabelledExamples;
import io.marketpilot.app.classify.LearnedIntents;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.classifier.ClassifierVersion;
import io.marketpilot.text.classify.ClassifierSettings;
import io.marketpilot.text.classify.LabelledExample;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.language.LanguageDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo's own classifiers: the support assistant's intents trained on 300 labelled customer messages written for
 * the demo shop ({@code demo/support/support-intents.csv}), one model per language since a classifier reads one
 * ({@code support-intent} on the 200 English, {@code support-intent-zh} on the 100 Chinese), so the Classifiers page
 * opens on trained models with their reports and the assistant reads intents with them. Real trainings, nothing
 * simulated.
 */
public final class DemoClassifiers {
    static final String EXAMPLES = "/demo/support/support-intents.csv";

    private DemoClassifiers() {}

    /** Trains the support-intent classifiers unless the store has one; returns a line for the console. */
    public static Optional<String> seedIfEmpty(Services app) {
        if (app.classifiers.active(LearnedIntents.NAME).isPresent()) {
            return Optional.empty();
        }
        LanguageDetector detector = new LanguageDetector();
        List<LabelledExample> all = examples();
        List<LabelledExample> chineseExamples = all.stream()
                .filter(e -> detector.detect(e.text()).language() == Language.CHINESE)
                .toList();
        List<LabelledExample> englishExamples =
                all.stream().filter(e -> !chineseExamples.contains(e)).toList();
        ClassifierVersion english = train(app, LearnedIntents.NAME, englishExamples);
        ClassifierVersion chinese = train(app, LearnedIntents.NAME + "-zh", chineseExamples);
        return Optional.of(String.format(
                Locale.ROOT,
                "Classifiers %s and %s trained on %d English and %d Chinese labelled messages: out-of-fold macro-F1"
                        + " %.2f and %.2f (see /classifiers)",
                english.name(),
                chinese.name(),
                english.examples(),
                chinese.examples(),
                english.macroF1(),
                chinese.macroF1()));
    }

    private static ClassifierVersion train(Services app, String name, List<LabelledExample> examples) {
        return app.classifiers
                .train(new ClassifierService.TrainingRequest(
                        name, examples, ClassifierSettings.defaults(), true, "demo"))
                .join();
    }

    static List<LabelledExample> examples() {
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
