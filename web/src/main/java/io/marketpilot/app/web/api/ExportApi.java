package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.imports.ExportAbortedException;
import io.marketpilot.imports.ImportKind;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /exports/{kind}}: the CLI's export as a download, streamed as the store reads it (a million events start
 * arriving at once and never sit in memory); a client that goes away stops the export at the next write.
 */
public final class ExportApi {
    private static final Logger LOG = LoggerFactory.getLogger(ExportApi.class);
    private static final Map<String, String> TYPES =
            Map.of("csv", "text/csv", "tsv", "text/tab-separated-values", "jsonl", "application/x-ndjson");

    private final Services app;

    public ExportApi(Services app) {
        this.app = app;
    }

    public void register(ApiRegistry api) {
        api.get("/exports/{kind}", Access.ADMIN, "Import", "Download customers, products, orders, events or reviews")
                .query("format", "string", "csv (default), tsv or jsonl")
                .download(
                        "The rows: a header line then one row a line (CSV, TSV), or one JSON object a line (JSONL)",
                        "text/csv",
                        "text/tab-separated-values",
                        "application/x-ndjson")
                .handle(this::download);
    }

    private void download(Context ctx) throws IOException {
        ImportKind kind = ImportKind.parse(ctx.pathParam("kind"));
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("csv");
        if (!TYPES.containsKey(format)) {
            throw MarketPilotException.invalid("format must be csv, tsv or jsonl, not '" + format + "'");
        }
        String name = kind.wireName() + "." + format;
        ctx.contentType(TYPES.get(format) + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try {
            app.exporter.export(
                    kind,
                    name,
                    ctx.res().getOutputStream(),
                    Authenticator.principal(ctx).actor());
        } catch (ExportAbortedException e) {
            // the client went away; the audit log records where the export stopped
            LOG.info("export={} stopped after {} rows: client gone", kind.wireName(), e.rowsWritten());
        }
    }
}
