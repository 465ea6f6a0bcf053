package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.classify.ClassifiedText;
import io.marketpilot.app.classify.ClassifierService;
import io.marketpilot.app.classify.ClassifierSummary;
import io.marketpilot.app.classify.LabelledExamples;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.classify.ClassifierSettings;
import io.marketpilot.text.classify.LabelledExample;
import io.marketpilot.text.classify.TrainingReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * {@code /classifiers}: the shop's own text classifiers. Training is queued as a background job (202) and stores a new
 * version with its cross-validated report; a version is compared, activated and used by name.
 */
public final class ClassifierApi {
    static final String TAG = "Classifiers";

    private final ClassifierService classifiers;

    public ClassifierApi(ClassifierService classifiers) {
        this.classifiers = classifiers;
    }

    /** One labelled example in a training request. */
    public record ExampleBody(
            @Nullable String label, @Nullable String text) {}

    /** A training request: examples as a list, or as the text of a CSV/JSONL file with label and text. */
    public record TrainingBody(
            @Nullable List<ExampleBody> examples,
            @Nullable String csv,
            @Nullable Boolean activate,
            @Nullable Boolean embeddings,
            @Nullable Integer folds) {}

    /** Texts to classify. */
    public record ClassifyBody(@Nullable List<String> texts) {}

    /** The answer to a classification request. */
    public record Classified(String classifier, int version, List<ClassifiedText> results) {}

    /** Every version of one classifier. */
    public record ClassifierVersions(String name, List<ClassifierSummary> versions) {}

    /** Every classifier's active version. */
    public record ClassifierList(List<ClassifierSummary> classifiers) {}

    /** A queued training. */
    public record TrainingQueued(String name, int examples, String state) {}

    public void register(ApiRegistry api) {
        api.get("/classifiers", Access.VIEWER, TAG, "Every trained classifier's active version")
                .returns("ClassifierList")
                .handle(ctx -> ctx.json(new ClassifierList(classifiers.classifiers().stream()
                        .map(ClassifierSummary::of)
                        .toList())));
        api.get("/classifiers/{name}", Access.VIEWER, TAG, "Every version of one classifier, newest first")
                .returns("ClassifierVersions")
                .handle(ctx -> ctx.json(new ClassifierVersions(
                        ctx.pathParam("name"),
                        classifiers.versions(ctx.pathParam("name")).stream()
                                .map(ClassifierSummary::of)
                                .toList())));
        api.get(
                        "/classifiers/{name}/versions/{version}/report",
                        Access.VIEWER,
                        TAG,
                        "A version's training report: out-of-fold per-class figures, confusion, learning curve")
                .returns("ClassifierReport")
                .handle(ctx -> ctx.json(TrainingReportJson.read(
                        classifiers.version(ctx.pathParam("name"), version(ctx)).report())));
        api.post(
                        "/classifiers/{name}/train",
                        Access.MARKETER,
                        TAG,
                        "Queue a training on labelled examples; the new version appears when the job is done")
                .body("ClassifierTraining")
                .accepted("ClassifierTrainingQueued")
                .handle(this::train);
        api.post(
                        "/classifiers/{name}/versions/{version}/activate",
                        Access.MARKETER,
                        TAG,
                        "Make a version the one that answers for its name")
                .returns("ClassifierSummary")
                .handle(ctx -> ctx.json(ClassifierSummary.of(classifiers.activate(
                        ctx.pathParam("name"),
                        version(ctx),
                        Authenticator.principal(ctx).actor()))));
        InsightsApi.filtered(
                        api.get(
                                "/classifiers/{name}/reviews",
                                Access.VIEWER,
                                TAG,
                                "How the active version labels the stored reviews (their stored embeddings, never a second one)"))
                .returns("ReviewClasses")
                .handle(ctx ->
                        ctx.json(classifiers.reviewClasses(ctx.pathParam("name"), InsightsApi.reviewFilter(ctx))));
        api.post("/classifiers/{name}/classify", Access.VIEWER, TAG, "Label texts with a classifier's active version")
                .body("ClassifierTexts")
                .returns("ClassifiedTexts")
                .handle(this::classify);
    }

    private void train(Context ctx) {
        TrainingBody body = Requests.body(ctx, TrainingBody.class);
        List<LabelledExample> examples = examples(body);
        ClassifierSettings defaults = ClassifierSettings.defaults();
        ClassifierSettings settings = new ClassifierSettings(
                defaults.l2Grid(),
                body.folds() == null ? defaults.folds() : body.folds(),
                body.embeddings() == null
                        ? defaults.embeddings()
                        : body.embeddings() ? ClassifierSettings.Embeddings.AUTO : ClassifierSettings.Embeddings.NEVER,
                defaults.hashBits(),
                defaults.seed());
        String name = ctx.pathParam("name");
        // the caller does not wait: the version appears in /classifiers/{name} and the job in /jobs
        CompletableFuture<?> unused = classifiers.train(new ClassifierService.TrainingRequest(
                name,
                examples,
                settings,
                Boolean.TRUE.equals(body.activate()),
                Authenticator.principal(ctx).actor()));
        ctx.status(202).json(new TrainingQueued(name, examples.size(), "queued"));
    }

    /** The examples of a request, all or nothing, naming the first bad one. */
    static List<LabelledExample> examples(TrainingBody body) {
        if (body.csv() != null && body.examples() != null) {
            throw MarketPilotException.invalid("Give examples or csv, not both");
        }
        if (body.csv() != null) {
            try {
                return LabelledExamples.read(
                        "examples.csv", new ByteArrayInputStream(body.csv().getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<ExampleBody> given = body.examples();
        if (given == null || given.isEmpty()) {
            throw MarketPilotException.invalid("Give examples: [{label, text}, …] or csv: \"label,text\\n…\"");
        }
        List<LabelledExample> examples = new ArrayList<>();
        IntStream.range(0, given.size()).forEach(i -> {
            ExampleBody e = given.get(i);
            if (e == null
                    || e.label() == null
                    || e.label().isBlank()
                    || e.text() == null
                    || e.text().isBlank()) {
                throw MarketPilotException.invalid("examples[" + i + "] needs a label and a text");
            }
            examples.add(new LabelledExample(e.label().strip(), e.text().strip()));
        });
        return examples;
    }

    private void classify(Context ctx) {
        ClassifyBody body = Requests.body(ctx, ClassifyBody.class);
        List<String> texts = body.texts();
        if (texts == null || texts.isEmpty() || texts.size() > 1000) {
            throw MarketPilotException.invalid("Give texts: a list of 1 to 1000 strings");
        }
        String name = ctx.pathParam("name");
        var version =
                classifiers.activeVersion(name).orElseThrow(() -> MarketPilotException.notFound("classifier", name));
        var model = classifiers.load(version);
        List<String> ids =
                IntStream.range(0, texts.size()).mapToObj(String::valueOf).toList();
        ctx.json(new Classified(name, version.version(), ClassifiedText.of(ids, model.classifyAll(texts))));
    }

    private static int version(Context ctx) {
        String text = ctx.pathParam("version");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw MarketPilotException.invalid("version must be a whole number, not '" + text + "'");
        }
    }

    /** What the document says these requests and answers hold. */
    static Map<String, Object> schemas() {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put(
                "ClassifierSummary",
                RecordSchemas.of(
                        ClassifierSummary.class,
                        "A classifier version: what it learned, its out-of-fold figures, whether it answers for its name",
                        "language",
                        "en or zh: the language of its examples; texts of the other language are declined",
                        "accuracy",
                        "Out-of-fold accuracy at the chosen settings",
                        "macroF1",
                        "Out-of-fold macro-F1 at the chosen settings"));
        s.put("ClassifierList", RecordSchemas.of(ClassifierList.class, "Every classifier's active version"));
        s.put(
                "ClassifierVersions",
                RecordSchemas.of(ClassifierVersions.class, "A classifier's versions, newest first"));
        s.put(
                "ClassifierReport",
                RecordSchemas.of(
                        io.marketpilot.text.classify.TrainingReport.class,
                        "How the training went: cross-validated settings, out-of-fold per-class figures, learning curve"));
        Map<String, Object> example = OpenApiSchemas.object(
                List.of("label", "text"),
                "label",
                OpenApiSchemas.str("The example's label, any text"),
                "text",
                OpenApiSchemas.str("The example's text"));
        // requests are described by hand: their fields are optional, which a record schema (every field present) is not
        s.put(
                "ClassifierTraining",
                OpenApiSchemas.object(
                        List.of(),
                        "examples",
                        Map.of("type", "array", "items", example),
                        "csv",
                        OpenApiSchemas.str(
                                "Instead of examples: the text of a CSV or JSON Lines file with label and" + " text"),
                        "activate",
                        Map.of(
                                "type",
                                "boolean",
                                "description",
                                "Make the new version active even if the name has"
                                        + " one (the first version always is)"),
                        "embeddings",
                        Map.of(
                                "type",
                                "boolean",
                                "description",
                                "Let the sentence embeddings join the n-grams where"
                                        + " cross-validation says they help (default true)"),
                        "folds",
                        Map.of("type", "integer", "minimum", 2, "description", "Cross-validation folds (default 5)")));
        s.put("ClassifierTrainingQueued", RecordSchemas.of(TrainingQueued.class, "A training queued as a job"));
        s.put(
                "ClassifierTexts",
                OpenApiSchemas.object(
                        List.of("texts"),
                        "texts",
                        Map.of("type", "array", "minItems", 1, "maxItems", 1000, "items", Map.of("type", "string"))));
        s.put(
                "ClassifiedTexts",
                RecordSchemas.of(
                        Classified.class,
                        "Each text's label, calibrated confidence and label probabilities, or why it was declined"));
        s.put(
                "ReviewClasses",
                RecordSchemas.of(
                        io.marketpilot.app.classify.ReviewClasses.class,
                        "Stored reviews per label of a classifier, from their stored embeddings",
                        "declined",
                        "Reviews in the other language than the classifier's",
                        "notAnalysed",
                        "Reviews the listening pipeline has not embedded yet (run `marketpilot analyze`)",
                        "classified",
                        "Reviews classified (from their stored embedding where the model reads one)"));
        return s;
    }
}
