package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.campaign.CampaignService;
import io.marketpilot.app.campaign.CampaignView;
import io.marketpilot.app.campaign.Campaigns;
import io.marketpilot.app.campaign.SendProgress;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.app.web.auth.Authenticator;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code /campaigns}: campaigns from draft to report. Marketers create, submit, schedule and send; a second person (an
 * admin or another marketer, never the author: four eyes) approves before the first send. Every change is signed with
 * the caller's key as the audit log names it, which is also how the four-eyes rule tells people apart.
 */
public final class CampaignApi {
    private static final String FOUR_EYES =
            "The caller wrote the campaign: a second person approves it (answered 403 with code forbidden)";

    private final Campaigns campaigns;
    private final CampaignSettings settings;

    public CampaignApi(Campaigns campaigns, CampaignSettings settings) {
        this.campaigns = campaigns;
        this.settings = settings;
    }

    /** An approval's or rejection's comment; absent is an empty comment (a rejection needs one). */
    public record CommentBody(@Nullable String comment) {}

    /** Which customers a preview renders: those named, else {@code samples} recipients (default 3). */
    public record PreviewBody(
            @Nullable List<String> customers, @Nullable Integer samples) {}

    public void register(ApiRegistry api) {
        String tag = "Campaigns";
        api.get("/campaigns", Access.VIEWER, tag, "Campaigns, newest first")
                .query("status", "string", "draft, awaiting_approval, approved, sending, paused, done or cancelled")
                .paged()
                .returns("CampaignPage")
                .handle(this::list);
        api.post("/campaigns", Access.MARKETER, tag, "Create a draft campaign (its content must be approved)")
                .body("NewCampaign")
                .created("Campaign")
                .fails(ErrorCode.CONFLICT, "The content is not approved, or a campaign with this id exists")
                .handle(this::create);
        api.get("/campaigns/{id}", Access.VIEWER, tag, "One campaign")
                .returns("Campaign")
                .handle(ctx -> ctx.json(service().get(id(ctx))));
        api.post(
                        "/campaigns/{id}/preview",
                        Access.MARKETER,
                        tag,
                        "Resolve the audience now and render messages for chosen or sample customers; stores nothing")
                .body("CampaignPreviewRequest")
                .returns("CampaignPreview")
                .handle(this::preview);
        api.post("/campaigns/{id}/submit", Access.MARKETER, tag, "Hand a draft to a second person for approval")
                .returns("Campaign")
                .fails(ErrorCode.CONFLICT, "The campaign is not a draft")
                .handle(ctx -> ctx.json(service().submit(id(ctx), actor(ctx))));
        api.post(
                        "/campaigns/{id}/approve",
                        Access.MARKETER,
                        tag,
                        "Approve a submitted campaign: an admin or a marketer other than its author (four eyes,"
                                + " recorded in the audit log)")
                .body("CampaignComment")
                .returns("Campaign")
                .fails(ErrorCode.CONFLICT, "The campaign is a draft (submit it first) or was approved already")
                .fails(ErrorCode.FORBIDDEN, FOUR_EYES)
                .handle(ctx -> ctx.json(service().approve(id(ctx), actor(ctx), comment(ctx))));
        api.post(
                        "/campaigns/{id}/reject",
                        Access.MARKETER,
                        tag,
                        "Send a submitted campaign back as a draft, saying why")
                .body("CampaignComment")
                .returns("Campaign")
                .fails(ErrorCode.CONFLICT, "The campaign is not awaiting approval")
                .handle(ctx -> ctx.json(service().reject(id(ctx), actor(ctx), comment(ctx))));
        api.post(
                        "/campaigns/{id}/schedule",
                        Access.MARKETER,
                        tag,
                        "Resolve and store the audience of an approved campaign and queue its recipients; the server"
                                + " sends each message when it is due")
                .accepted("CampaignLaunch")
                .fails(ErrorCode.CONFLICT, "The campaign is not approved (four eyes), or its channel cannot send")
                .handle(ctx -> ctx.status(202).json(service().schedule(id(ctx), actor(ctx))));
        api.post(
                        "/campaigns/{id}/send",
                        Access.MARKETER,
                        tag,
                        "Send what is due now, in this request (an approved campaign is scheduled first); messages due"
                                + " later stay queued for the server")
                .returns("SendProgress")
                .fails(ErrorCode.CONFLICT, "The campaign is neither approved nor sending")
                .handle(this::send);
        api.post("/campaigns/{id}/pause", Access.MARKETER, tag, "Stop sending until resumed")
                .returns("Campaign")
                .fails(ErrorCode.CONFLICT, "The campaign is not sending")
                .handle(ctx -> ctx.json(service().pause(id(ctx), actor(ctx))));
        api.post("/campaigns/{id}/resume", Access.MARKETER, tag, "Resume sending a paused campaign")
                .returns("Campaign")
                .fails(ErrorCode.CONFLICT, "The campaign is not paused")
                .handle(ctx -> ctx.json(service().resume(id(ctx), actor(ctx))));
        api.post("/campaigns/{id}/cancel", Access.MARKETER, tag, "Stop a campaign for good; what was sent stays sent")
                .returns("Campaign")
                .fails(ErrorCode.CONFLICT, "The campaign is done or cancelled already")
                .handle(ctx -> ctx.json(service().cancel(id(ctx), actor(ctx))));
        api.get(
                        "/campaigns/{id}/report",
                        Access.VIEWER,
                        tag,
                        "Queue, events, left-out counts and the lift against the holdout with its interval")
                .returns("CampaignReport")
                .handle(ctx -> ctx.json(service().report(id(ctx))));
    }

    private CampaignService service() {
        return campaigns.service;
    }

    private void list(Context ctx) {
        PageRequest page = Requests.page(ctx);
        Optional<CampaignStatus> status = Optional.ofNullable(ctx.queryParam("status"))
                .filter(s -> !s.isBlank())
                .map(CampaignStatus::parse);
        Page<CampaignView> views = service()
                .list(status, Optional.ofNullable(page.query()).filter(q -> !q.isBlank()), page.offset(), page.limit());
        ctx.json(views);
    }

    private void create(Context ctx) {
        CampaignBody body = Requests.body(ctx, CampaignBody.class);
        CampaignView created = service().create(body.toRequest(settings.quietHours()), actor(ctx));
        ctx.status(201).json(created);
    }

    private void preview(Context ctx) {
        PreviewBody body = Requests.optionalBody(ctx, PreviewBody.class).orElse(new PreviewBody(null, null));
        List<String> customers = body.customers() == null
                ? List.of()
                : body.customers().stream().filter(Objects::nonNull).toList();
        int samples = body.samples() == null ? CampaignService.DEFAULT_SAMPLES : body.samples();
        ctx.json(service().preview(id(ctx), customers, samples));
    }

    private void send(Context ctx) {
        String id = id(ctx);
        String status = service().get(id).status();
        if (status.equals(CampaignStatus.APPROVED.wireName())) {
            service().schedule(id, actor(ctx));
        } else if (!status.equals(CampaignStatus.SENDING.wireName())) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Campaign " + id + " is " + status + ": only an approved or sending campaign sends",
                    Map.of("id", id));
        }
        SendProgress progress = campaigns.sender.drain(id, p -> {});
        ctx.json(progress);
    }

    private static String comment(Context ctx) {
        String comment = Requests.optionalBody(ctx, CommentBody.class)
                .orElse(new CommentBody(null))
                .comment();
        return comment == null ? "" : comment.strip();
    }

    private static String actor(Context ctx) {
        return Authenticator.principal(ctx).actor();
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }
}
