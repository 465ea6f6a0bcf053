package io.marketpilot.app.classify;

import io.marketpilot.app.jobs.ModelJobs;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.classifier.ClassifierStore;
import io.marketpilot.core.classifier.ClassifierVersion;
import io.marketpilot.text.classify.ClassifierOutcome;
import io.marketpilot.text.classify.ClassifierSettings;
import io.marketpilot.text.classify.ClassifierTrainer;
import io.marketpilot.text.classify.LabelledExample;
import io.marketpilot.text.classify.TextClassifier;
import io.marketpilot.text.classify.TrainingReportJson;
import io.marketpilot.text.classify.TrainingResult;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.eval.ClassificationReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The shop's own classifiers (complaint reasons, ticket intents, product issues, its own emotion labels). Training is a
 * job (inline in a CLI process, on the background worker in the server) that stores a new version with its report;
 * reads load the active version once per version and never train.
 */
public final class ClassifierService {
    private final ClassifierStore store;
    private final io.marketpilot.core.store.ReviewListening reviews;
    private final Supplier<BilingualEmbedder> embedders;
    private final ModelJobs jobs;
    private final AuditLog audit;
    private final Clock clock;
    /** Loaded models by "name@version": a model is immutable once stored, so a version never goes stale. */
    private final Map<String, TextClassifier> loaded = new ConcurrentHashMap<>();

    public ClassifierService(
            ClassifierStore store,
            io.marketpilot.core.store.ReviewListening reviews,
            Supplier<BilingualEmbedder> embedders,
            ModelJobs jobs,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.reviews = reviews;
        this.embedders = embedders;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a training request asks for. */
    public record TrainingRequest(
            String name, List<LabelledExample> examples, ClassifierSettings settings, boolean activate, String actor) {
        public TrainingRequest {
            ClassifierVersion.requireName(name);
            examples = List.copyOf(examples);
        }
    }

    /**
     * Starts a training; the future completes with the stored version (at once in a CLI process, when the
     * background worker has trained it in the server). Bad examples fail before anything is queued.
     */
    public CompletableFuture<ClassifierVersion> train(TrainingRequest request) {
        return train(request, line -> {});
    }

    /** The same, telling {@code progress} each step (embedding, each cross-validated setting): a CLI prints them. */
    public CompletableFuture<ClassifierVersion> train(
            TrainingRequest request, java.util.function.Consumer<String> progress) {
        ClassifierTrainer.validate(request.examples(), request.settings());
        CompletableFuture<ClassifierVersion> done = new CompletableFuture<>();
        jobs.runOnce("classifier:" + request.name(), "trained by " + request.actor(), () -> {
            try {
                done.complete(trainNow(request, progress));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
                throw e;
            }
        });
        return done;
    }

    private ClassifierVersion trainNow(TrainingRequest request, java.util.function.Consumer<String> progress) {
        TrainingResult result = new ClassifierTrainer(embedders.get())
                .train(request.name(), request.examples(), request.settings(), progress);
        var report = result.report();
        ClassifierVersion stored = store.save(
                new ClassifierVersion(
                        request.name(),
                        1,
                        clock.instant(),
                        report.language(),
                        result.classifier().labels(),
                        report.examples(),
                        report.accuracy(),
                        report.macroF1(),
                        TrainingReportJson.write(report),
                        false),
                result.classifier().toBytes(),
                request.activate());
        audit.record(
                request.actor(),
                "classifier.train",
                "classifier:" + stored.name() + "@" + stored.version(),
                String.format(
                        java.util.Locale.ROOT,
                        "examples=%d labels=%d macro_f1=%.4f active=%s",
                        stored.examples(),
                        stored.labels().size(),
                        stored.macroF1(),
                        stored.active()));
        return stored;
    }

    /** The active version of every classifier. */
    public List<ClassifierVersion> classifiers() {
        return store.activeVersions();
    }

    /** Every version of a classifier, newest first; not found when it has none. */
    public List<ClassifierVersion> versions(String name) {
        List<ClassifierVersion> versions = store.versions(name);
        if (versions.isEmpty()) {
            throw MarketPilotException.notFound("classifier", name);
        }
        return versions;
    }

    public ClassifierVersion version(String name, int version) {
        return store.find(name, version)
                .orElseThrow(() -> MarketPilotException.notFound("classifier version", name + "@" + version));
    }

    /** Makes a version the one that answers for its name. */
    public ClassifierVersion activate(String name, int version, String actor) {
        if (!store.activate(name, version)) {
            throw MarketPilotException.notFound("classifier version", name + "@" + version);
        }
        audit.record(actor, "classifier.activate", "classifier:" + name + "@" + version, "");
        return version(name, version);
    }

    /** The active version of {@code name}, if the shop trained one. */
    public Optional<ClassifierVersion> activeVersion(String name) {
        return store.active(name);
    }

    /** The active model of {@code name}, if the shop trained one. */
    public Optional<TextClassifier> active(String name) {
        return store.active(name).map(this::load);
    }

    /** The active model of {@code name}, or not found naming the classifiers there are. */
    public TextClassifier require(String name) {
        return active(name)
                .orElseThrow(() -> MarketPilotException.invalid("no classifier named '" + name
                        + "'; trained ones: "
                        + classifiers().stream().map(ClassifierVersion::name).toList()
                        + " (train one with `marketpilot train classifier --name " + name + " --input FILE`)"));
    }

    public TextClassifier load(ClassifierVersion version) {
        return loaded.computeIfAbsent(
                version.name() + "@" + version.version(),
                key -> TextClassifier.fromBytes(
                        store.model(version.name(), version.version())
                                .orElseThrow(() -> MarketPilotException.notFound("classifier version", key)),
                        embedders.get()));
    }

    public List<ClassifierOutcome> classify(String name, List<String> texts) {
        return require(name).classifyAll(texts);
    }

    /**
     * How the active model of {@code name} labels the stored reviews of {@code filter}, from the embeddings the
     * listening pipeline stored (a review is never embedded twice): reviews not yet analysed are counted, not
     * embedded here, so a read stays a read.
     */
    public ReviewClasses reviewClasses(String name, io.marketpilot.core.store.ReviewFilter filter) {
        ClassifierVersion version =
                store.active(name).orElseThrow(() -> MarketPilotException.notFound("classifier", name));
        TextClassifier model = load(version);
        Map<String, Integer> counts = new java.util.HashMap<>();
        int total = 0;
        int declined = 0;
        int notAnalysed = 0;
        int classified = 0;
        for (var row : reviews.rows(filter, io.marketpilot.app.insight.ReviewAnalysis.MODELS)) {
            total++;
            boolean needsVector = model.embeddingModel().isPresent();
            if (!row.language().equals(model.language())) {
                declined++;
            } else if (needsVector
                    && (row.vector().length == 0
                            || !row.embeddingModel()
                                    .equals(model.embeddingModel().get()))) {
                notAnalysed++;
            } else {
                try {
                    counts.merge(
                            model.classifyWithVector(row.text(), row.vector()).label(), 1, Integer::sum);
                    classified++;
                } catch (MarketPilotException otherLanguage) {
                    declined++; // stored as this language, detected as the other (mixed text)
                }
            }
        }
        int denominator = Math.max(1, classified);
        List<ReviewClasses.LabelCount> labels = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ReviewClasses.LabelCount(e.getKey(), e.getValue(), (double) e.getValue() / denominator))
                .toList();
        return new ReviewClasses(
                name, version.version(), model.language(), total, declined, notAnalysed, classified, labels);
    }

    /**
     * Scores the active model of {@code name} on labelled examples it may never have seen; texts it declines (the
     * other language) count as wrong, predicted "unclassified".
     */
    public ClassificationReport evaluate(String name, List<LabelledExample> examples) {
        TextClassifier model = require(name);
        List<ClassifierOutcome> outcomes =
                model.classifyAll(examples.stream().map(LabelledExample::text).toList());
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            gold.add(examples.get(i).label());
            predicted.add(
                    switch (outcomes.get(i)) {
                        case ClassifierOutcome.Classified c -> c.prediction().label();
                        case ClassifierOutcome.NotClassified n -> "unclassified";
                    });
        }
        return ClassificationReport.of(gold, predicted);
    }
}
