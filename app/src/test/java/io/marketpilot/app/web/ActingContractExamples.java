package io.marketpilot.app.web;

import static io.marketpilot.app.web.ContractCalls.field;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@link ContractExamples}' requests for the acting and deciding areas: journeys, campaigns with consent and delivery
 * reports, and the copilot's plans. They read the ids the earlier areas left ({@code content}) and leave their own for
 * the derived reads.
 */
final class ActingContractExamples {
    private static final String CUSTOMER = ContractExamples.CUSTOMER;

    private final ContractCalls calls;
    private final Map<String, String> ids;

    ActingContractExamples(ContractCalls calls, Map<String, String> ids) {
        this.calls = calls;
        this.ids = ids;
    }

    /** A journey applied, validated (a bad one too), read, paused, resumed and reported. */
    void journeys() {
        String journey = "{\"id\":\"contract-journey\",\"name\":\"Contract journey\",\"trigger\":{\"type\":"
                + "\"event\",\"event\":\"contract_signup\"},\"steps\":[{\"id\":\"wait\",\"type\":\"wait\","
                + "\"duration\":\"P1D\"},{\"id\":\"hello\",\"type\":\"send\",\"channel\":\"email\",\"content\":"
                + "{\"type\":\"approved\",\"ids\":[" + ids.get("content") + "]}}],\"goal\":{\"type\":\"order\"}}";
        calls.post("/api/v1/journeys/validate", journey);
        calls.post("/api/v1/journeys/validate", "{\"id\":\"bad id\",\"steps\":[]}");
        calls.post("/api/v1/journeys", journey);
        ids.put("journeys", "contract-journey");
        calls.get("/api/v1/journeys");
        calls.get("/api/v1/journeys/contract-journey");
        calls.post("/api/v1/journeys/contract-journey/pause", null);
        calls.post("/api/v1/journeys/contract-journey/resume", null);
        calls.get("/api/v1/journeys/contract-journey/report");
    }

    /**
     * Consent, a campaign from draft to report (approved by a second key: four eyes), a rejected one, the suppression
     * list, the outbox and a provider's signed delivery report. The campaign's id is the learning loop's campaign, so
     * the derived reads of both find it.
     */
    void campaigns() {
        String contentId = ids.get("content");
        calls.post(
                "/api/v1/customers/" + CUSTOMER + "/consent",
                "{\"channel\":\"email\",\"status\":\"opted_in\",\"proof\":\"signup form\"}");
        calls.send(
                "POST",
                "/api/v1/consent/imports?filename=consent.csv",
                "text/csv",
                "customer_id,channel,topic,status,source,at\nC00011,email,all,opted_in,import,2025-01-01\n");
        calls.post("/api/v1/customers/C00012/consent/opt-in", "{\"topic\":\"news\"}");
        String campaign = "{\"id\":\"%s\",\"name\":\"Contract %s\",\"customers\":[\"" + CUSTOMER
                + "\",\"C00011\",\"C00012\"],\"content\":[" + contentId + "],\"quietHours\":\"none\",\"holdout\":0%s}";
        String second = calls.app().key(io.marketpilot.core.access.Role.MARKETER);
        // due tomorrow: it stays sending while it is paused, resumed and cancelled, whatever the server's sender does
        calls.post(
                "/api/v1/campaigns",
                String.format(
                        campaign,
                        "contract",
                        "campaign",
                        ",\"at\":\"" + Instant.now().plus(Duration.ofDays(1)) + "\""));
        ids.put("campaigns", "contract");
        calls.get("/api/v1/campaigns?status=draft&q=contract&offset=0&limit=5");
        calls.post("/api/v1/campaigns/contract/preview", "{\"customers\":[\"" + CUSTOMER + "\"]}");
        calls.post("/api/v1/campaigns/contract/preview", null);
        calls.post("/api/v1/campaigns/contract/submit", null);
        calls.sendAs(second, "POST", "/api/v1/campaigns/contract/approve", "application/json", "{\"comment\":\"ok\"}");
        calls.post("/api/v1/campaigns/contract/schedule", null);
        calls.post("/api/v1/campaigns/contract/pause", null);
        calls.post("/api/v1/campaigns/contract/resume", null);
        calls.post("/api/v1/campaigns/contract/send", null);
        calls.post("/api/v1/campaigns/contract/cancel", null);
        calls.post("/api/v1/campaigns", String.format(campaign, "contract-rejected", "rejected", ""));
        calls.post("/api/v1/campaigns/contract-rejected/submit", null);
        calls.post("/api/v1/campaigns/contract-rejected/reject", "{\"comment\":\"not now\"}");
        calls.post("/api/v1/campaigns", String.format(campaign, "contract-sent", "sent", ""));
        calls.post("/api/v1/campaigns/contract-sent/submit", null);
        calls.sendAs(second, "POST", "/api/v1/campaigns/contract-sent/approve", "application/json", null);
        calls.post("/api/v1/campaigns/contract-sent/send", null);
        calls.post(
                "/api/v1/suppressions",
                "{\"address\":\"gone@example.com\",\"channel\":\"email\",\"note\":\"asked by phone\"}");
        calls.get("/api/v1/suppressions?channel=email&offset=0&limit=5");
        calls.get("/api/v1/outbox?q=contract&limit=5");
        calls.get("/api/v1/outbox/message?key=contract-sent/" + CUSTOMER);
        String report = "{\"events\":[{\"type\":\"complaint\",\"recipient\":\"c00011@example.com\","
                + "\"messageKey\":\"contract-sent/C00011\"},{\"type\":\"bounce\",\"permanent\":false,"
                + "\"recipient\":\"c00012@example.com\"}]}";
        calls.sendAs(
                null,
                "POST",
                "/api/v1/webhooks/delivery",
                "application/json",
                report,
                "X-MarketPilot-Signature",
                CampaignFixtures.signature(report));
    }

    /**
     * A plan proposed, listed, approved (with no approved content yet, so variants are drafted from its brief), launched
     * once one of them is approved, and measured; another one, planned by the rules by name, rejected.
     */
    void copilot() {
        String approved = field(calls.post("/api/v1/plans", "{\"goal\":\"win back lapsed customers\"}"), "/id");
        ids.put("plans", approved);
        calls.get("/api/v1/plans?limit=5");
        ApiClient.Reply approval =
                calls.post("/api/v1/plans/" + approved + "/approve", "{\"comment\":\"worth a try\"}");
        // a drafted variant with a guardrail error cannot be approved: the first one that can is
        for (var draft : approval.body().path("contentDrafts")) {
            if (calls.post("/api/v1/content/" + draft.asText() + "/approve", "{\"comment\":\"fine\"}")
                            .status()
                    == 200) {
                break;
            }
        }
        calls.post("/api/v1/plans/" + approved + "/launch", null);
        calls.get("/api/v1/plans/" + approved + "/outcome");
        String rejected = field(
                calls.post("/api/v1/plans", "{\"goal\":\"launch the new cabinet\",\"planner\":\"rules\"}"), "/id");
        calls.post("/api/v1/plans/" + rejected + "/reject", "{\"comment\":\"not this month\"}");
    }
}
