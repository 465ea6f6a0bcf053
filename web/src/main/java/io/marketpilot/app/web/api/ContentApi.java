package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.content.ContentViews;
import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.content.StoreContent;
import io.marketpilot.app.content.TrainingData;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.app.web.auth.Principal;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentQuery;
import io.marketpilot.core.content.ContentStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code /content}: generate copy, review it (approve, reject, edit, use, win), the brand voice, training data. */
public final class ContentApi {
    private final Services app;

    public ContentApi(Services app) {
        this.app = app;
    }

    /** The body of a review action; either may be absent (the campaign is required to mark content used). */
    public record ReviewBody(
            @Nullable String comment, @Nullable String campaign) {}

    /** The body of an edit: the channel's fields (refused when absent). */
    public record EditBody(@Nullable Map<String, Object> fields) {}

    public void register(ApiRegistry api) {
        String tag = "Content";
        api.post(
                        "/content/generate",
                        Access.MARKETER,
                        tag,
                        "Generate copy variants for a segment or a customer (saved as drafts)")
                .body("GenerateRequest")
                .created("ContentBatch")
                .handle(this::generate);
        api.get(
                        "/content/brand-voice",
                        Access.VIEWER,
                        tag,
                        "The brand voice generation is conditioned on and checked against")
                .returns("BrandVoice")
                .handle(ctx -> ctx.json(voice(app.content.voice())));
        api.put("/content/brand-voice", Access.MARKETER, tag, "Replace the brand voice")
                .body("BrandVoice")
                .returns("BrandVoice")
                .handle(this::saveVoice);
        api.get("/content/training-data", Access.MARKETER, tag, "Approved copy as chat-format JSONL for fine-tuning")
                .download(
                        "One chat-format example a line: {\"messages\": [system, user, assistant]}",
                        "application/x-ndjson")
                .handle(this::trainingData);
        api.get("/content", Access.VIEWER, tag, "Generated copy, newest first")
                .query("status", "string", "draft, approved, rejected or used")
                .query("channel", "string", "email, ad, social, sms or product")
                .query("batch", "string", "One generation request's variants")
                .query("offset", "integer", "Rows to skip (default 0)")
                .query("limit", "integer", "Rows to return, 1–500 (default 50)")
                .returns("ContentPage")
                .handle(this::list);
        api.get("/content/{id}", Access.VIEWER, tag, "One text with its fields, scores, findings and review state")
                .returns("ContentItem")
                .handle(ctx -> ctx.json(ContentViews.view(app.content.get(id(ctx)))));
        api.put("/content/{id}", Access.MARKETER, tag, "Edit a text's fields; it is re-checked and returns to draft")
                .body("ContentEdit")
                .returns("ContentItem")
                .handle(this::edit);
        api.post("/content/{id}/approve", Access.MARKETER, tag, "Approve (refused while guardrail errors remain)")
                .body("ContentReview")
                .returns("ContentItem")
                .fails(ErrorCode.CONFLICT, "Guardrail errors remain, or the text is not a draft")
                .handle(ctx -> review(ctx, (id, who, body) -> app.content.approve(id, who, body.comment())));
        api.post(
                        "/content/{id}/wording-review",
                        Access.MARKETER,
                        tag,
                        "Read a text's wording now: the maintained word list of stereotyped or exclusionary phrases,"
                                + " and the configured model as a second reader (recorded in the audit log)")
                .returns("WordingReview")
                .handle(ctx -> ctx.json(app.content.readWording(
                        id(ctx), Authenticator.principal(ctx).actor())));
        api.post("/content/{id}/reject", Access.MARKETER, tag, "Reject with a comment")
                .body("ContentReview")
                .returns("ContentItem")
                .fails(ErrorCode.CONFLICT, "The text is not a draft")
                .handle(ctx -> review(ctx, (id, who, body) -> app.content.reject(id, who, body.comment())));
        api.post("/content/{id}/use", Access.MARKETER, tag, "Record that an approved text went out in a campaign")
                .body("ContentReview")
                .returns("ContentItem")
                .fails(ErrorCode.CONFLICT, "The text is not approved")
                .handle(ctx -> review(ctx, (id, who, body) -> app.content.use(id, body.campaign(), who)));
        api.post(
                        "/content/{id}/win",
                        Access.MARKETER,
                        tag,
                        "Mark an approved text as a winner (preferred few-shot example)")
                .returns("ContentItem")
                .fails(ErrorCode.CONFLICT, "The text is not approved")
                .handle(ctx -> ctx.json(ContentViews.view(app.content.win(id(ctx), reviewer(ctx)))));
    }

    private void generate(Context ctx) {
        GenerateRequest r = Requests.body(ctx, GenerateRequest.class);
        StoreContent.Batch batch =
                app.content.generate(r, Authenticator.principal(ctx).actor());
        ctx.status(201).json(batch(batch));
    }

    static Map<String, Object> batch(StoreContent.Batch batch) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("batchId", batch.batchId());
        out.put("droppedNearDuplicates", batch.droppedNearDuplicates());
        out.put("embeddingModel", batch.embeddingModel());
        out.put("variants", batch.items().stream().map(ContentViews::view).toList());
        return out;
    }

    private void list(Context ctx) {
        var page = app.content.list(new ContentQuery(
                Optional.ofNullable(ctx.queryParam("status"))
                        .filter(s -> !s.isBlank())
                        .map(ContentStatus::parse),
                Optional.ofNullable(ctx.queryParam("channel")).filter(s -> !s.isBlank()),
                Optional.ofNullable(ctx.queryParam("batch")).filter(s -> !s.isBlank()),
                Math.max(0, Requests.intParam(ctx, "offset", 0)),
                Math.max(1, Math.min(500, Requests.intParam(ctx, "limit", 50)))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", page.items().stream().map(ContentViews::view).toList());
        out.put("total", page.total());
        out.put("offset", page.offset());
        out.put("limit", page.limit());
        ctx.json(out);
    }

    private void edit(Context ctx) {
        EditBody body = Requests.body(ctx, EditBody.class);
        if (body.fields() == null || body.fields().isEmpty()) {
            throw MarketPilotException.invalid("Send {\"fields\": {…}} with the channel's fields");
        }
        ctx.json(ContentViews.view(app.content.edit(id(ctx), body.fields(), reviewer(ctx))));
    }

    private interface ReviewAction {
        ContentItem apply(long id, String reviewer, ReviewBody body);
    }

    private void review(Context ctx, ReviewAction action) {
        ReviewBody body = Requests.optionalBody(ctx, ReviewBody.class).orElse(new ReviewBody(null, null));
        ctx.json(ContentViews.view(action.apply(id(ctx), reviewer(ctx), body)));
    }

    private void saveVoice(Context ctx) {
        BrandVoice v = Requests.body(ctx, BrandVoice.class);
        ctx.json(voice(app.content.saveVoice(v, reviewer(ctx))));
    }

    private void trainingData(Context ctx) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, false, StandardCharsets.UTF_8);
        int n = TrainingData.write(app.content.approved(), out);
        app.audit.record(Authenticator.principal(ctx).actor(), "content.export-training-data", "api", n + " texts");
        ctx.contentType("application/x-ndjson; charset=utf-8").result(bytes.toByteArray());
    }

    static Map<String, Object> voice(BrandVoice v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", v.description());
        m.put("preferredWords", v.preferredWords());
        m.put("avoidedWords", v.avoidedWords());
        m.put("bannedPhrases", v.bannedPhrases());
        m.put("examples", v.examples());
        m.put("updatedAt", v.updatedAt() == null ? null : v.updatedAt().toString());
        m.put("updatedBy", v.updatedBy());
        return m;
    }

    /** Reviews are signed with the key's name, which is how people know each other; the audit log has the id. */
    private static String reviewer(Context ctx) {
        Principal p = Authenticator.principal(ctx);
        return p.name();
    }

    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw MarketPilotException.notFound("Content", raw);
        }
    }
}
