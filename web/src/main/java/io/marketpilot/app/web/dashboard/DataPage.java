package io.marketpilot.app.web.dashboard;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.Uploads;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Routes;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The "Data" page: import by upload, the models built from the data, and for admins the audit log and API keys. */
final class DataPage {
    private final Services app;
    private final Dashboard dashboard;

    DataPage(Services app, Dashboard dashboard) {
        this.app = app;
        this.dashboard = dashboard;
    }

    void register(Routes routes) {
        routes.page("/data", Access.VIEWER, ctx -> dashboard.page(ctx, "Data", frame -> view(ctx, frame)));
        routes.form("/data/import", Access.MARKETER, this::upload);
        routes.form("/data/models/{model}/rebuild", Access.MARKETER, this::rebuild);
    }

    /** A person's "rebuild now": queued on the background thread; the page shows it building, reads keep the last. */
    private void rebuild(Context ctx) {
        String name = ctx.pathParam("model");
        // the page does not wait: the build's outcome shows in the model's state and the list of builds
        var unused = app.jobs
                .find(name)
                .orElseThrow(() -> MarketPilotException.notFound("Model", name))
                .rebuild("asked by " + Authenticator.principal(ctx).actor());
        ctx.redirect("/data#models");
    }

    private Dashboard.View view(Context ctx, Frame frame) {
        boolean admin = Dashboard.callerHas(ctx, Role.ADMIN);
        return new Dashboard.View(
                "data.jte",
                new Pages.Data(
                        frame,
                        admin,
                        Dashboard.callerHas(ctx, Role.MARKETER),
                        admin ? app.audit.list(PageRequest.first(50)).items() : List.of(),
                        admin ? app.apiKeys.list() : List.of(),
                        app.jobs.models(),
                        app.jobs.recent().stream().limit(10).toList()));
    }

    /** Answers with an HTML fragment that htmx swaps into the page. */
    private void upload(Context ctx) throws IOException {
        UploadedFile file = Uploads.file(ctx, "file").orElse(null);
        String kind = ctx.formParam("kind");
        if (file == null || kind == null || file.filename().isBlank()) {
            dashboard.render(
                    ctx, "import-result.jte", new Pages.ImportResult(null, "Choose a kind and a file.", List.of(), 0));
            return;
        }
        boolean dryRun = "on".equals(ctx.formParam("dryRun"));
        try (InputStream in = file.content()) {
            var report = app.importFile(
                    ImportKind.parse(kind),
                    file.filename(),
                    in,
                    dryRun,
                    Authenticator.principal(ctx).actor(),
                    ImportProgress.NONE);
            dashboard.render(ctx, "import-result.jte", new Pages.ImportResult(report, null, List.of(), 0));
        } catch (ImportRejectedException e) {
            int shown = Math.min(20, e.errors().size());
            dashboard.render(
                    ctx,
                    "import-result.jte",
                    new Pages.ImportResult(
                            null,
                            e.getMessage(),
                            e.errors().subList(0, shown),
                            e.errors().size() - shown));
        } catch (MarketPilotException e) {
            dashboard.render(ctx, "import-result.jte", new Pages.ImportResult(null, e.getMessage(), List.of(), 0));
        }
    }
}
