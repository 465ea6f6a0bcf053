package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.marketpilot.app.classify.ClassifierService;
import io.marketpilot.app.classify.ClassifierSummary;
import io.marketpilot.app.classify.LabelledExamples;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import io.marketpilot.text.classify.ClassifierSettings;
import io.marketpilot.text.classify.LabelledExample;
import io.marketpilot.text.classify.TrainingReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The "Classifiers" page: upload labelled examples and train a classifier (a background job), compare a name's
 * versions by their out-of-fold figures and reports, and choose the active one.
 */
final class ClassifiersPage {
    private final Services app;
    private final Dashboard dashboard;

    ClassifiersPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/classifiers", Access.VIEWER, ctx -> dashboard.page(ctx, "Classifiers", f -> view(ctx, f)));
        routes.form("/classifiers/train", Access.MARKETER, this::train);
        routes.form("/classifiers/{name}/versions/{version}/activate", Access.MARKETER, this::activate);
    }

    private Dashboard.View view(Context ctx, Frame frame) {
        ClassifierService classifiers = app.classifiers;
        List<ClassifiersView.Named> named = classifiers.classifiers().stream()
                .map(active -> new ClassifiersView.Named(
                        active.name(),
                        classifiers.versions(active.name()).stream()
                                .map(v -> new ClassifiersView.Version(
                                        ClassifierSummary.of(v),
                                        TrainingReportJson.read(v.report()).toMarkdown()))
                                .toList()))
                .toList();
        var jobs = app.jobs.recent().stream()
                .filter(j -> j.model().startsWith("classifier:"))
                .limit(10)
                .toList();
        String message = ctx.queryParam("message");
        String shown = message == null ? "" : message.length() > 300 ? message.substring(0, 300) : message;
        return new Dashboard.View(
                "classifiers.jte",
                new ClassifiersView(frame, named, jobs, shown, Dashboard.callerHas(ctx, Role.MARKETER)));
    }

    private void train(Context ctx) {
        String done;
        try {
            String name = io.marketpilot.core.classifier.ClassifierVersion.requireName(
                    nonNull(ctx.formParam("name")).strip());
            List<LabelledExample> examples = examples(ctx);
            ClassifierSettings defaults = ClassifierSettings.defaults();
            ClassifierSettings settings = new ClassifierSettings(
                    defaults.l2Grid(),
                    defaults.folds(),
                    ctx.formParam("ngrams-only") == null
                            ? ClassifierSettings.Embeddings.AUTO
                            : ClassifierSettings.Embeddings.NEVER,
                    defaults.hashBits(),
                    defaults.seed());
            // the page does not wait: the job shows below and the version appears when it is done
            CompletableFuture<?> unused = app.classifiers.train(new ClassifierService.TrainingRequest(
                    name,
                    examples,
                    settings,
                    ctx.formParam("activate") != null,
                    Authenticator.principal(ctx).actor()));
            done = "Training " + name + " on " + examples.size() + " examples: the job is queued; reload to see it.";
        } catch (MarketPilotException e) {
            done = e.getMessage();
        } catch (IOException e) {
            done = "Cannot read the examples: " + e.getMessage();
        }
        ctx.redirect("/classifiers?message=" + URLEncoder.encode(done, StandardCharsets.UTF_8));
    }

    /** The uploaded file's examples, else the pasted CSV's. */
    private static List<LabelledExample> examples(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        if (file != null && file.size() > 0) {
            try (InputStream in = file.content()) {
                return LabelledExamples.read(file.filename(), in);
            }
        }
        String pasted = ctx.formParam("csv");
        if (pasted == null || pasted.isBlank()) {
            throw MarketPilotException.invalid("Choose a file of labelled examples or paste them (label,text)");
        }
        return LabelledExamples.read("pasted.csv", new ByteArrayInputStream(pasted.getBytes(StandardCharsets.UTF_8)));
    }

    private void activate(Context ctx) {
        String done;
        try {
            var v = app.classifiers.activate(
                    ctx.pathParam("name"),
                    Integer.parseInt(ctx.pathParam("version")),
                    Authenticator.principal(ctx).actor());
            done = v.name() + " version " + v.version() + " is now active.";
        } catch (NumberFormatException e) {
            done = "No such version.";
        } catch (MarketPilotException e) {
            done = e.getMessage();
        }
        ctx.redirect("/classifiers?message=" + URLEncoder.encode(done, StandardCharsets.UTF_8));
    }

    private static String nonNull(@org.jspecify.annotations.Nullable String value) {
        if (value == null || value.isBlank()) {
            throw MarketPilotException.invalid("Give the classifier a name");
        }
        return value;
    }
}
