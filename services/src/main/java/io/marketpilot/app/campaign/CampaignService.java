package io.marketpilot.app.campaign;

import io.marketpilot.app.content.WordingReview;
import io.marketpilot.campaigns.audience.AudienceResolver;
import io.marketpilot.campaigns.audience.PlannedRecipient;
import io.marketpilot.campaigns.audience.ResolvedAudience;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.campaign.Approval;
import io.marketpilot.core.campaign.AudienceMember;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.core.campaign.PlannedSend;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns from draft to report: create (the content must be approved, the audience must name something that
 * exists), preview (the audience resolved now, nothing stored), submit, approve (by someone other than the author,
 * recorded in the audit log) or reject, schedule (the audience resolved and stored, recipients queued with their
 * send times; the holdout is stored, never queued), pause, resume, cancel, and report.
 */
public final class CampaignService {
    /** Sample recipients a preview renders when no customer is chosen. */
    public static final int DEFAULT_SAMPLES = 3;

    /** The most customers one preview renders. */
    public static final int MAX_PREVIEWED = 50;

    /** Who asks the second reader when a preview is read (the approver asks in their own name). */
    static final String REVIEWER = "campaign.review";

    private final CampaignStores stores;
    private final AudienceReader audiences;
    private final AudienceResolver resolver;
    private final CampaignContent content;
    private final RecipientFacts recipients;
    private final MessageRenderer renderer;
    private final CampaignChannels channels;
    private final CampaignReports reports;
    private final CampaignFairness fairness;
    private final AuditLog audit;
    private final QuietHours quietHours;
    private final Clock clock;

    CampaignService(
            CampaignStores stores,
            AudienceReader audiences,
            AudienceResolver resolver,
            CampaignContent content,
            RecipientFacts recipients,
            MessageRenderer renderer,
            CampaignChannels channels,
            CampaignReports reports,
            CampaignFairness fairness,
            AuditLog audit,
            QuietHours quietHours,
            Clock clock) {
        this.stores = stores;
        this.audiences = audiences;
        this.resolver = resolver;
        this.content = content;
        this.recipients = recipients;
        this.renderer = renderer;
        this.channels = channels;
        this.reports = reports;
        this.fairness = fairness;
        this.audit = audit;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /** Stores a new draft by {@code actor}; its content must be approved and of its channel. */
    public CampaignView create(NewCampaign request, String actor) {
        content.requireSendable(request.content(), request.channel());
        audiences.requireResolvable(request.audience());
        Instant now = clock.instant();
        Campaign campaign = Campaign.draft(
                        request.id().orElseGet(() -> idFrom(request.name(), now)),
                        request.name(),
                        request.audience(),
                        request.content(),
                        request.channel(),
                        request.schedule().orElseGet(() -> new Schedule.Now(quietHours)),
                        actor,
                        now)
                .withTopic(request.topic())
                .withHoldoutShare(request.holdoutOrDefault())
                .withPriority(request.priority().orElse(Campaign.DEFAULT_PRIORITY))
                .withPromotion(request.promotion())
                .withHoldBackComplaints(request.holdBackComplaints())
                .withAttributionWindow(request.attributionWindow().orElse(Campaign.DEFAULT_ATTRIBUTION_WINDOW));
        stores.campaigns().create(campaign);
        audit.record(actor, "campaign.create", campaign.id(), campaign.name());
        return CampaignView.of(campaign);
    }

    public CampaignView get(String id) {
        return CampaignView.of(find(id));
    }

    /** Campaigns, newest first, optionally in one state; {@code query} matches id or name. */
    public Page<CampaignView> list(Optional<CampaignStatus> status, Optional<String> query, int offset, int limit) {
        Page<Campaign> page = stores.campaigns().list(status, new PageRequest(offset, limit, query.orElse(null)));
        return new Page<>(
                page.items().stream().map(CampaignView::of).toList(), page.total(), page.offset(), page.limit());
    }

    /**
     * The audience resolved now, nothing stored: counts per leave-out reason, and the messages of the chosen
     * customers (or of a few sample recipients when none are chosen).
     */
    public CampaignPreview preview(String id, List<String> customerIds, int samples) {
        if (customerIds.size() > MAX_PREVIEWED || samples > MAX_PREVIEWED) {
            throw MarketPilotException.invalid("A preview shows at most " + MAX_PREVIEWED + " customers");
        }
        Campaign campaign = find(id);
        Instant now = clock.instant();
        Resolution resolution = resolve(campaign, now);
        List<String> shown = customerIds.isEmpty()
                ? resolution.audience.recipients().stream()
                        .limit(Math.max(0, samples))
                        .map(PlannedRecipient::customerId)
                        .toList()
                : customerIds;
        Map<Long, RecipientFacts.Batch> facts = new HashMap<>();
        String channelName = channels.toOutbox(campaign.channel())
                ? channels.outbox().name()
                : channels.channelFor(campaign.channel()).name();
        List<PreviewedCustomer> previewed = new ArrayList<>();
        for (String customerId : shown) {
            Optional<Instant> sendAt = Optional.ofNullable(resolution.sendAt.get(customerId));
            String leftOut = resolution.leftOut.containsKey(customerId)
                    ? resolution.leftOut.get(customerId).wireName()
                    : sendAt.isPresent() ? null : "not_in_audience";
            Optional<String> country = Optional.ofNullable(
                            resolution.input.customers().get(customerId))
                    .map(Customer::country);
            Optional<String> variant = content.variantFor(campaign, customerId, country);
            ContentItem item = content.itemFor(campaign, variant);
            RenderedMessage message = facts.computeIfAbsent(item.id(), x -> recipients.forContent(item))
                    .recipient(customerId, campaign.channel())
                    .map(r -> RenderedMessage.of(
                            renderer.render(campaign, item, variant, r, channelName, sendAt.orElse(now))))
                    .orElse(null);
            previewed.add(new PreviewedCustomer(customerId, leftOut, sendAt.orElse(null), message));
        }
        return new CampaignPreview(
                campaign.id(),
                now,
                resolution.input.candidates().size(),
                resolution.audience.recipients().size(),
                wireCounts(resolution.audience.counts()),
                previewed,
                channels.describe(campaign.channel()),
                fairness.review(resolution.sendAt.keySet(), resolution.leftOut.keySet()),
                content.wording(campaign, REVIEWER));
    }

    /** The author (or a colleague) hands a draft to the second pair of eyes. */
    public CampaignView submit(String id, String actor) {
        Campaign moved = move(find(id), CampaignStatus.AWAITING_APPROVAL, Optional.empty());
        audit.record(actor, "campaign.submit", id, "");
        return CampaignView.of(moved);
    }

    /**
     * Approves a submitted campaign: {@code actor} must not be its author (four eyes), and the approval is recorded in
     * the audit log with the comment.
     */
    public CampaignView approve(String id, String actor, String comment) {
        TextRules.requireFits("comment", comment, FieldLimits.NOTE);
        Campaign campaign = find(id);
        if (campaign.status() == CampaignStatus.DRAFT) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Campaign " + id + " is a draft: it is submitted for approval first (campaign submit " + id + ")",
                    Map.of("id", id));
        }
        // what the approver was shown: the audience's fairness and the wording, as they stand at approval
        Resolution resolution = resolve(campaign, clock.instant());
        FairnessView fair = fairness.review(resolution.sendAt.keySet(), resolution.leftOut.keySet());
        List<WordingReview> wording = content.wording(campaign, actor);
        Campaign moved = move(campaign, CampaignStatus.APPROVED, Optional.of(new Approval(actor, clock.instant())));
        audit.record(
                actor,
                "campaign.approve",
                id,
                "four eyes: written by " + campaign.createdBy() + (comment.isBlank() ? "" : "; " + comment));
        audit.record(actor, "campaign.review", id, reviewRecord(fair, wording));
        return CampaignView.of(moved);
    }

    /**
     * The fairness and wording review as the audit log keeps it at approval: the counts, the attributes not compared
     * and the wording first, the flagged groups' details last (the log keeps 4,000 characters of an entry).
     */
    static String reviewRecord(FairnessView fair, List<WordingReview> wording) {
        StringBuilder out = new StringBuilder("fairness by ")
                .append(String.join(", ", fair.attributes()))
                .append(" (four-fifths ")
                .append(fair.minRatio())
                .append('-')
                .append(fair.maxRatio())
                .append(", groups of ")
                .append(fair.minGroupSize())
                .append("+): ")
                .append(fair.flagged())
                .append(" group(s) flagged");
        if (!fair.skipped().isEmpty()) {
            out.append("; not compared: ")
                    .append(String.join(
                            ", ",
                            fair.skipped().stream().map(s -> s.attribute()).toList()));
        }
        out.append(" | wording: ")
                .append(String.join(
                        " | ", wording.stream().map(WordingReview::summary).toList()));
        if (fair.flagged() > 0) {
            out.append(" | flagged groups:").append(fair.flaggedDetails());
        }
        return out.toString();
    }

    /** Sends a submitted campaign back to its author as a draft, saying why. */
    public CampaignView reject(String id, String actor, String comment) {
        TextRules.requireFits("comment", comment, FieldLimits.NOTE);
        Campaign moved = move(find(id), CampaignStatus.DRAFT, Optional.empty());
        audit.record(actor, "campaign.reject", id, comment);
        return CampaignView.of(moved);
    }

    /**
     * Starts an approved campaign: resolves its audience now, stores it (recipients and everyone left out, holdout
     * included), queues every recipient with their send time and variant, and marks it sending. The sender then
     * delivers what is due.
     */
    public CampaignLaunch schedule(String id, String actor) {
        Campaign campaign = find(id);
        if (campaign.status() != CampaignStatus.APPROVED) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Campaign " + id + " is " + campaign.status().wireName() + "; only an approved campaign is"
                            + " scheduled"
                            + (campaign.status().approved()
                                    ? " (it was scheduled already)"
                                    : " (four" + " eyes: a second person approves it first)"),
                    Map.of("id", id));
        }
        channels.channelFor(campaign.channel());
        content.requireSendable(campaign.content(), campaign.channel());
        Instant now = clock.instant();
        Resolution resolution = resolve(campaign, now);
        List<PlannedSend> sends =
                new ArrayList<>(resolution.audience.recipients().size());
        for (PlannedRecipient r : resolution.audience.recipients()) {
            Optional<String> country = Optional.ofNullable(
                            resolution.input.customers().get(r.customerId()))
                    .map(Customer::country);
            sends.add(new PlannedSend(
                    new SendKey(campaign.id(), r.customerId()),
                    r.sendAt(),
                    content.variantFor(campaign, r.customerId(), country)));
        }
        List<AudienceMember> members = resolution.audience.members();
        stores.audiences().save(campaign.id(), now, members);
        int queued = stores.queue().enqueue(sends);
        content.markUsed(campaign, actor);
        Campaign sending = move(campaign, CampaignStatus.SENDING, Optional.empty());
        Map<String, Long> leftOut = wireCounts(resolution.audience.counts());
        audit.record(
                actor,
                "campaign.schedule",
                id,
                "recipients=" + sends.size() + " queued=" + queued + " left_out=" + leftOut);
        return new CampaignLaunch(
                sending.id(),
                sending.status().wireName(),
                now,
                sends.size(),
                queued,
                leftOut,
                sends.stream().map(PlannedSend::dueAt).min(Instant::compareTo).orElse(null),
                sends.stream().map(PlannedSend::dueAt).max(Instant::compareTo).orElse(null),
                channels.describe(campaign.channel()));
    }

    /** Stops claiming the campaign's messages until it resumes; messages already being sent finish. */
    public CampaignView pause(String id, String actor) {
        Campaign moved = move(find(id), CampaignStatus.PAUSED, Optional.empty());
        audit.record(actor, "campaign.pause", id, "");
        return CampaignView.of(moved);
    }

    public CampaignView resume(String id, String actor) {
        Campaign moved = move(find(id), CampaignStatus.SENDING, Optional.empty());
        audit.record(actor, "campaign.resume", id, "");
        return CampaignView.of(moved);
    }

    /** Stops the campaign for good; what was sent stays sent. */
    public CampaignView cancel(String id, String actor) {
        Campaign moved = move(find(id), CampaignStatus.CANCELLED, Optional.empty());
        audit.record(actor, "campaign.cancel", id, "");
        return CampaignView.of(moved);
    }

    /** Queue, events, left-out counts and holdout lift of a campaign. */
    public CampaignReport report(String id) {
        return reports.report(find(id));
    }

    Campaign find(String id) {
        return stores.campaigns().find(id).orElseThrow(() -> MarketPilotException.notFound("Campaign", id));
    }

    private Campaign move(Campaign campaign, CampaignStatus next, Optional<Approval> approval) {
        Campaign updated = campaign.moveTo(next, approval);
        return stores.campaigns()
                .moveStatus(campaign.status(), updated, clock.instant())
                .orElseThrow(() -> new MarketPilotException(
                        ErrorCode.CONFLICT,
                        "Campaign " + campaign.id() + " changed while this request ran (it is no longer "
                                + campaign.status().wireName() + "); look again",
                        Map.of("id", campaign.id())));
    }

    /** The audience resolved at {@code now}, with each customer's send time or reason. */
    private Resolution resolve(Campaign campaign, Instant now) {
        AudienceReader.Input input = audiences.read(campaign, now);
        ResolvedAudience audience = resolver.resolve(campaign, input.candidates(), input.facts(), now);
        Map<String, Instant> sendAt = new HashMap<>();
        audience.recipients().forEach(r -> sendAt.put(r.customerId(), r.sendAt()));
        Map<String, LeaveOutReason> leftOut = new HashMap<>();
        audience.leftOut().forEach(m -> m.leftOut().ifPresent(reason -> leftOut.put(m.customerId(), reason)));
        return new Resolution(input, audience, sendAt, leftOut);
    }

    private record Resolution(
            AudienceReader.Input input,
            ResolvedAudience audience,
            Map<String, Instant> sendAt,
            Map<String, LeaveOutReason> leftOut) {}

    private static Map<String, Long> wireCounts(Map<LeaveOutReason, Long> counts) {
        Map<String, Long> wire = new LinkedHashMap<>();
        for (LeaveOutReason reason : LeaveOutReason.values()) {
            wire.put(reason.wireName(), counts.getOrDefault(reason, 0L));
        }
        return wire;
    }

    /** An id from the name: its letters and digits in lower case, joined by '-', and the creation time. */
    static String idFrom(String name, Instant now) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        String stamp = Long.toString(now.toEpochMilli(), 36);
        return slug.isEmpty() ? "campaign-" + stamp : slug + "-" + stamp;
    }
}
