package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.Uploads;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** {@code /imports/{kind}}: the CLI's import, by upload (multipart field {@code file}, or a raw body). */
public final class ImportApi {
    private final Services app;

    public ImportApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        api.post(
                        "/imports/{kind}",
                        Access.MARKETER,
                        "Import",
                        "Import a CSV, TSV or JSONL file (gzip allowed), all or nothing")
                .query("dryRun", "boolean", "Check and report only; write nothing")
                .query("filename", "string", "For a raw body: a name whose extension gives the format, e.g. orders.csv")
                .upload()
                .returns("ImportReport")
                .handle(this::upload);
    }

    private void upload(Context ctx) throws IOException {
        ImportKind kind = ImportKind.parse(ctx.pathParam("kind"));
        boolean dryRun = Requests.flag(ctx, "dryRun");
        String actor = Authenticator.principal(ctx).actor();
        ImportReport report;
        if (ctx.isMultipartFormData()) {
            UploadedFile file = Uploads.file(ctx, "file")
                    .orElseThrow(() -> MarketPilotException.invalid("Send the file in a multipart field named 'file'"));
            try (InputStream in = file.content()) {
                report = app.importFile(kind, file.filename(), in, dryRun, actor, ImportProgress.NONE);
            }
        } else {
            String name = ctx.queryParam("filename");
            if (name == null || name.isBlank()) {
                name = kind.wireName() + extensionFor(ctx.contentType());
            }
            report = app.importFile(kind, name, ctx.bodyInputStream(), dryRun, actor, ImportProgress.NONE);
        }
        ctx.json(report);
    }

    private static String extensionFor(@Nullable String contentType) {
        if (contentType == null) {
            return ".csv";
        }
        if (contentType.contains("ndjson") || contentType.contains("jsonl") || contentType.contains("json")) {
            return ".jsonl";
        }
        if (contentType.contains("tab-separated")) {
            return ".tsv";
        }
        if (contentType.contains("gzip")) {
            return ".csv.gz";
        }
        return ".csv";
    }
}
