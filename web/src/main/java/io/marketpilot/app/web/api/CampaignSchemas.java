package io.marketpilot.app.web.api;

import static io.marketpilot.app.web.api.OpenApiSchemas.object;
import static io.marketpilot.app.web.api.OpenApiSchemas.page;
import static io.marketpilot.app.web.api.OpenApiSchemas.str;

import io.marketpilot.app.campaign.CampaignLaunch;
import io.marketpilot.app.campaign.CampaignPreview;
import io.marketpilot.app.campaign.CampaignReport;
import io.marketpilot.app.campaign.CampaignView;
import io.marketpilot.app.campaign.ConsentImportReport;
import io.marketpilot.app.campaign.ConsentLine;
import io.marketpilot.app.campaign.ConsentOverview;
import io.marketpilot.app.campaign.DeliveryReportResult;
import io.marketpilot.app.campaign.OptInRequest;
import io.marketpilot.app.campaign.SendProgress;
import io.marketpilot.app.campaign.SuppressionCheck;
import io.marketpilot.app.campaign.SuppressionLine;
import io.marketpilot.core.input.FieldLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON schemas of the campaign, consent, suppression, outbox and delivery-webhook endpoints. The answers are the
 * services' records, so their schemas are read from the records ({@link RecordSchemas}); the request bodies are
 * described by hand.
 */
final class CampaignSchemas {
    private CampaignSchemas() {}

    private static final Map<String, Object> INTEGER = Map.of("type", "integer");

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("NewCampaign", newCampaign());
        s.put(
                "CampaignPreviewRequest",
                object(
                        List.of(),
                        "customers",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                Map.of("type", "string"),
                                "description",
                                "Customers to render (at most 50); default: sample recipients"),
                        "samples",
                        Map.of("type", "integer", "description", "Sample recipients without customers (default 3)")));
        s.put(
                "CampaignComment",
                object(List.of(), "comment", str("Recorded in the audit log; a rejection says why", FieldLimits.NOTE)));
        s.put(
                "Campaign",
                RecordSchemas.of(
                        CampaignView.class,
                        "A campaign as the CLI's --format json prints it too",
                        "status",
                        "draft, awaiting_approval, approved, sending, paused, done or cancelled",
                        "audienceKind",
                        "segment, rule or list",
                        "audience",
                        "Who it is for, in words",
                        "contentIds",
                        "The approved content items it sends; empty when an experiment chooses",
                        "schedule",
                        "When it goes out, in words, with its quiet hours",
                        "createdBy",
                        "Its author as the audit log names them",
                        "approvedBy",
                        "The second pair of eyes; null before approval"));
        s.put("CampaignPage", page("Campaign"));
        s.put(
                "CampaignPreview",
                RecordSchemas.of(
                        CampaignPreview.class,
                        "The audience resolved now, nothing stored: who would receive it, who is left out and why, and"
                                + " rendered messages",
                        "leftOut",
                        "Customers left out per reason (no_address, suppressed, no_consent, holdout, frequency_capped,"
                                + " held_back, quiet_hours), 0 included",
                        "delivery",
                        "Where the messages would go, e.g. email, or outbox: not delivered",
                        "fairness",
                        "Recipients and left-out against the whole customer base by country, age band and each imported"
                                + " attribute with at most 12 values, flagged by the four-fifths rule; the attributes"
                                + " skipped, with why",
                        "wording",
                        "Each content item's wording: the maintained word list's findings and the second reader's"
                                + " verdict (not_configured without a model, failed with why)"));
        s.put(
                "CampaignLaunch",
                RecordSchemas.of(
                        CampaignLaunch.class,
                        "What scheduling did: the audience stored and its recipients queued",
                        "queued",
                        "Recipients newly queued (a repeated schedule queues nobody twice)"));
        s.put(
                "SendProgress",
                RecordSchemas.of(
                        SendProgress.class,
                        "What this request sent, and the campaign's queue by state",
                        "reachesRecipients",
                        "False for the outbox: stored, not delivered"));
        s.put(
                "CampaignReport",
                RecordSchemas.of(
                        CampaignReport.class,
                        "How a campaign went, with the lift of its recipients over its holdout",
                        "reachesRecipients",
                        "False when its messages went to the outbox: stored, not delivered",
                        "lift",
                        "Recipients against the holdout over the attribution window (95 % intervals: Newcombe for the"
                                + " conversion difference, Welch for revenue per customer); null before scheduling"));
        s.put(
                "ConsentStatement",
                object(
                        List.of("status"),
                        "channel",
                        str("email (default), sms or webhook"),
                        "topic",
                        str("A topic, or all (default)", FieldLimits.NAME),
                        "status",
                        str("opted_in, opted_out, pending or unknown"),
                        "source",
                        str("api (default), import, cli, dashboard, preference_page, one_click_unsubscribe or"
                                + " double_opt_in"),
                        "proof",
                        str(
                                "What shows the customer said so (a form submission, a call note); default: the caller",
                                FieldLimits.CONSENT_PROOF)));
        s.put("OptInStart", object(List.of(), "topic", str("A topic, or all (default)", FieldLimits.NAME)));
        s.put(
                "ConsentLine",
                RecordSchemas.of(
                        ConsentLine.class,
                        "One consent statement: who said what about which channel and topic, and how we know"));
        s.put(
                "ConsentOverview",
                RecordSchemas.of(
                        ConsentOverview.class,
                        "A customer's consent",
                        "latest",
                        "The latest statement per channel and topic: what decides today",
                        "history",
                        "Every statement, newest first"));
        s.put(
                "ConsentImportReport",
                RecordSchemas.of(
                        ConsentImportReport.class, "A consent file imported whole (a bad row refuses it all)"));
        s.put(
                "OptInRequest",
                RecordSchemas.of(
                        OptInRequest.class,
                        "A double opt-in started: pending until the customer follows the link",
                        "sent",
                        "Whether the channel took the confirmation"));
        s.put(
                "SuppressionLine",
                RecordSchemas.of(
                        SuppressionLine.class,
                        "One entry of the suppression list: the address's keyed hash, never the address",
                        "reason",
                        "unsubscribed, hard_bounce, complaint, erased or manual"));
        s.put("SuppressionPage", page("SuppressionLine"));
        s.put(
                "NewSuppression",
                object(
                        List.of("address"),
                        "address",
                        str("The e-mail address (or, for SMS and webhooks, the customer id)", FieldLimits.EMAIL),
                        "channel",
                        str("email (default), sms or webhook"),
                        "note",
                        str("Why", FieldLimits.NOTE)));
        s.put(
                "SuppressionCheck",
                RecordSchemas.of(
                        SuppressionCheck.class,
                        "Whether an address is suppressed on a channel",
                        "added",
                        "Whether this request put it there"));
        s.put(
                "OutboxMessage",
                RecordSchemas.of(
                        OutboxMessage.class,
                        "A message stored in the outbox instead of being delivered",
                        "delivery",
                        "Always 'outbox: not delivered'"));
        s.put("OutboxPage", page("OutboxMessage"));
        s.put(
                "DeliveryReport",
                object(
                        List.of("events"),
                        "events",
                        Map.of(
                                "type",
                                "array",
                                "items",
                                object(
                                        List.of("type", "recipient"),
                                        "type",
                                        str("hard_bounce, soft_bounce or complaint (or bounce with permanent)"),
                                        "permanent",
                                        Map.of("type", "boolean"),
                                        "recipient",
                                        str("The address the provider tried"),
                                        "channel",
                                        str("email (default), sms or webhook"),
                                        "messageKey",
                                        str("The message's key (campaign/customer), when the provider echoes it")))));
        s.put("DeliveryReportResult", RecordSchemas.of(DeliveryReportResult.class, "What a provider's report changed"));
        return s;
    }

    private static Map<String, Object> newCampaign() {
        return object(
                List.of("name"),
                "id",
                str("Id (default: from the name)", FieldLimits.ID),
                "name",
                str("Name", FieldLimits.NAME),
                "segment",
                str("Audience: a segment number or persona name of the latest (or the given) segmentation run"),
                "run",
                Map.of("type", "integer", "description", "The segmentation run of segment (default: the latest)"),
                "rule",
                str("Audience: a rule over profile features and attributes, e.g. recency_days > 90"),
                "customers",
                Map.of("type", "array", "items", Map.of("type", "string"), "description", "Audience: customer ids"),
                "content",
                Map.of(
                        "type",
                        "array",
                        "items",
                        INTEGER,
                        "description",
                        "Approved content item ids of the campaign's channel (or give experiment)"),
                "experiment",
                str("An experiment over approved content items"),
                "channel",
                str("email (default), sms or webhook"),
                "topic",
                str("The consent topic beyond all that recipients must have agreed to"),
                "at",
                str("Send at this instant (ISO, e.g. 2026-05-01T09:00:00Z); default: now"),
                "windowStart",
                str("Send at each customer's predicted best hour from this instant…"),
                "windowEnd",
                str("…to this one"),
                "quietHours",
                str("Local hours without sends, e.g. 21:00-08:00, or none (default: campaigns.quiet-hours)"),
                "holdout",
                Map.of("type", "number", "description", "Share of the audience held out, 0 to 0.5 (default 0.1)"),
                "priority",
                Map.of("type", "integer", "description", "0 to 100 (default 50): who takes the frequency cap first"),
                "promotion",
                Map.of("type", "boolean", "description", "A promotion holds back customers with a fresh complaint"),
                "holdBackComplaints",
                Map.of(
                        "type",
                        "boolean",
                        "description",
                        "Whether the promotion holds back customers with an open escalated support conversation or a"
                                + " strongly negative review in the last 14 days (default true)"),
                "attributionDays",
                Map.of("type", "integer", "description", "Attribution window in days (default 7)"));
    }
}
