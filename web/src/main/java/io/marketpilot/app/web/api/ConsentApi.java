package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.marketpilot.app.campaign.ConsentImportReport;
import io.marketpilot.app.campaign.ConsentLine;
import io.marketpilot.app.campaign.ConsentService;
import io.marketpilot.app.campaign.SuppressionService;
import io.marketpilot.app.web.Uploads;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.page.PageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Consent and the suppression list: a customer's consent (the latest statement per channel and topic, and the whole
 * history with source and proof), recording a statement, a consent file's import (all or nothing), a double opt-in
 * request, and the suppression list (address hashes only) with a manual addition.
 */
public final class ConsentApi {
    private final ConsentService consent;
    private final SuppressionService suppressions;

    public ConsentApi(ConsentService consent, SuppressionService suppressions) {
        this.consent = consent;
        this.suppressions = suppressions;
    }

    /** One consent statement; the channel defaults to email, the topic to all, the source to api. */
    public record ConsentBody(
            @Nullable String channel,
            @Nullable String topic,
            @Nullable String status,
            @Nullable String source,
            @Nullable String proof) {}

    /** A double opt-in request; the topic defaults to all. */
    public record OptInBody(@Nullable String topic) {}

    /** An address to suppress by hand; the channel defaults to email. */
    public record SuppressionBody(
            @Nullable String address,
            @Nullable String channel,
            @Nullable String note) {}

    public void register(ApiRegistry api) {
        String tag = "Consent";
        api.get(
                        "/customers/{id}/consent",
                        Access.VIEWER,
                        tag,
                        "A customer's consent: the latest statement per channel and topic, and the history with"
                                + " source and proof")
                .returns("ConsentOverview")
                .handle(ctx -> ctx.json(consent.show(ctx.pathParam("id"))));
        api.post("/customers/{id}/consent", Access.MARKETER, tag, "Record a consent statement with its proof")
                .body("ConsentStatement")
                .created("ConsentLine")
                .handle(this::set);
        api.post(
                        "/customers/{id}/consent/opt-in",
                        Access.MARKETER,
                        tag,
                        "Start a double opt-in: the consent is pending until the customer follows the signed link in"
                                + " the confirmation e-mail")
                .body("OptInStart")
                .returns("OptInRequest")
                .handle(this::optIn);
        api.post(
                        "/consent/imports",
                        Access.MARKETER,
                        tag,
                        "Import a consent file (customer_id, channel, topic, status, source, at; CSV, TSV or JSONL,"
                                + " gzip allowed), all or nothing")
                .query(
                        "filename",
                        "string",
                        "For a raw body: a name whose extension gives the format, e.g. consent.csv")
                .upload()
                .returns("ConsentImportReport")
                .handle(this::importFile);
        api.get(
                        "/suppressions",
                        Access.VIEWER,
                        tag,
                        "The suppression list, newest first: address hashes, never addresses")
                .query("channel", "string", "email, sms or webhook")
                .query("offset", "integer", "Rows to skip (default 0)")
                .query("limit", "integer", "Rows to return, 1–500 (default 50)")
                .returns("SuppressionPage")
                .handle(this::suppressions);
        api.post(
                        "/suppressions",
                        Access.MARKETER,
                        tag,
                        "Suppress an address: no campaign sends to it again (an address suppressed already keeps its"
                                + " first reason)")
                .body("NewSuppression")
                .returns("SuppressionCheck")
                .handle(this::suppress);
    }

    private void set(Context ctx) {
        ConsentBody body = Requests.body(ctx, ConsentBody.class);
        String actor = Authenticator.principal(ctx).actor();
        String proof =
                body.proof() == null || body.proof().isBlank() ? "set through the API by " + actor : body.proof();
        ConsentLine line = consent.set(
                ctx.pathParam("id"),
                channel(body.channel()),
                body.topic() == null || body.topic().isBlank()
                        ? Consent.ALL_TOPICS
                        : body.topic().strip(),
                ConsentStatus.parse(body.status()),
                body.source() == null || body.source().isBlank()
                        ? ConsentSource.API
                        : ConsentSource.parse(body.source()),
                proof,
                actor);
        ctx.status(201).json(line);
    }

    private void optIn(Context ctx) {
        OptInBody body = Requests.optionalBody(ctx, OptInBody.class).orElse(new OptInBody(null));
        String topic = body.topic() == null || body.topic().isBlank()
                ? Consent.ALL_TOPICS
                : body.topic().strip();
        ctx.json(consent.requestOptIn(
                ctx.pathParam("id"),
                topic,
                ConsentSource.API,
                Authenticator.principal(ctx).actor()));
    }

    private void importFile(Context ctx) throws IOException {
        String actor = Authenticator.principal(ctx).actor();
        ConsentImportReport report;
        if (ctx.isMultipartFormData()) {
            UploadedFile file = Uploads.file(ctx, "file")
                    .orElseThrow(() -> MarketPilotException.invalid("Send the file in a multipart field named 'file'"));
            try (InputStream in = file.content()) {
                report = consent.importFile(file.filename(), in, actor);
            }
        } else {
            String name = ctx.queryParam("filename");
            report = consent.importFile(
                    name == null || name.isBlank() ? "consent.csv" : name, ctx.bodyInputStream(), actor);
        }
        ctx.json(report);
    }

    private void suppressions(Context ctx) {
        PageRequest page = Requests.page(ctx);
        Optional<ChannelKind> channel = Optional.ofNullable(ctx.queryParam("channel"))
                .filter(c -> !c.isBlank())
                .map(ChannelKind::parse);
        ctx.json(suppressions.list(channel, page.offset(), page.limit()));
    }

    private void suppress(Context ctx) {
        SuppressionBody body = Requests.body(ctx, SuppressionBody.class);
        if (body.address() == null || body.address().isBlank()) {
            throw MarketPilotException.invalid("Give the address to suppress");
        }
        ctx.json(suppressions.add(
                body.address().strip(),
                channel(body.channel()),
                body.note() == null ? "" : body.note(),
                Authenticator.principal(ctx).actor()));
    }

    private static ChannelKind channel(@Nullable String text) {
        return text == null || text.isBlank() ? ChannelKind.EMAIL : ChannelKind.parse(text);
    }
}
