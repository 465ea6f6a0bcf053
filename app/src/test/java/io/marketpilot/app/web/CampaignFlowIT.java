package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.campaign.TrackingLinks;
import io.marketpilot.core.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign through the REST API and the links its messages carry, over the sample shop: one marketer creates it,
 * previews it, submits it; the same marketer may not approve it, a second one does; it is sent into the outbox and its
 * report counts what happened. Then the public routes: the open pixel, a tracked click with a good and a tampered
 * token, the preference page, a one-click unsubscribe after which the customer is suppressed for the next campaign,
 * and a provider's signed bounce report.
 */
class CampaignFlowIT {
    private static final Pattern OPEN = Pattern.compile("/o/([A-Za-z0-9_.-]+)");
    private static final Pattern CLICK = Pattern.compile("/c/([A-Za-z0-9_.-]+)");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final String[] AUDIENCE = {"C00010", "C00011", "C00012", "C00013", "C00014", "C00015"};

    @TempDir
    static Path dir;

    static TestApp app;
    static String author;
    static String secondMarketer;
    static long content;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir, CampaignFixtures.settings());
        author = app.key(Role.MARKETER);
        secondMarketer = app.key(Role.MARKETER);
        content = CampaignFixtures.approvedEmail(app);
        CampaignFixtures.optIn(app, AUDIENCE);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static ApiClient.Reply call(String method, String path, String key, String body) throws Exception {
        return ApiClient.call(app, method, path, key, body == null ? null : "application/json", body);
    }

    /** A campaign for the audience (C00015 left without consent), holdout off so every consenting customer gets it. */
    private static String create(String id) throws Exception {
        ApiClient.Reply created = call(
                "POST",
                "/api/v1/campaigns",
                author,
                "{\"id\":\"" + id + "\",\"name\":\"Spring " + id + "\",\"customers\":[\"C00010\",\"C00011\","
                        + "\"C00012\",\"C00013\",\"C00014\",\"C00016\"],\"content\":[" + content + "],"
                        + "\"quietHours\":\"none\",\"holdout\":0}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    private static void approveAndSend(String id) throws Exception {
        assertThat(call("POST", "/api/v1/campaigns/" + id + "/submit", author, null)
                        .status())
                .isEqualTo(200);
        assertThat(call("POST", "/api/v1/campaigns/" + id + "/approve", secondMarketer, "{}")
                        .status())
                .isEqualTo(200);
        ApiClient.Reply sent = call("POST", "/api/v1/campaigns/" + id + "/send", author, null);
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
    }

    @Test
    void aCampaignIsPreviewedApprovedByASecondPersonSentToTheOutboxAndReported() throws Exception {
        String id = create("flow");
        assertThat(call("GET", "/api/v1/campaigns/flow", null, null).status()).isEqualTo(401);

        ApiClient.Reply preview =
                call("POST", "/api/v1/campaigns/" + id + "/preview", author, "{\"customers\":[\"C00010\",\"C00016\"]}");
        assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
        assertThat(preview.body().get("recipients").asLong()).isEqualTo(5);
        assertThat(preview.body().at("/leftOut/no_consent").asLong()).isEqualTo(1);
        assertThat(preview.body().at("/customers/0/message/subject").asText()).isNotBlank();
        assertThat(preview.body().at("/customers/0/message/unsubscribeUrl").asText())
                .contains("/u/");
        assertThat(preview.body().at("/customers/1/leftOut").asText()).isEqualTo("no_consent");
        assertThat(preview.body().at("/fairness/groups")).isNotEmpty();
        assertThat(preview.body().get("delivery").asText()).isEqualTo("outbox: not delivered");

        assertThat(call("POST", "/api/v1/campaigns/" + id + "/submit", author, null)
                        .status())
                .isEqualTo(200);
        ApiClient.Reply self = call("POST", "/api/v1/campaigns/" + id + "/approve", author, "{}");
        assertThat(self.status()).as("four eyes: the author may not approve").isEqualTo(403);
        assertThat(self.body().get("error").asText()).contains("four eyes");
        ApiClient.Reply early = call("POST", "/api/v1/campaigns/" + id + "/send", author, null);
        assertThat(early.status()).as("nothing is sent before approval").isEqualTo(409);
        ApiClient.Reply approved =
                call("POST", "/api/v1/campaigns/" + id + "/approve", secondMarketer, "{\"comment\":\"looks right\"}");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("approvedBy").asText()).contains("test marketer");
        assertThat(approved.body().get("approvedBy").asText())
                .isNotEqualTo(approved.body().get("createdBy").asText());

        ApiClient.Reply sent = call("POST", "/api/v1/campaigns/" + id + "/send", author, null);
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
        assertThat(sent.body().get("sent").asLong()).isEqualTo(5);
        assertThat(sent.body().get("reachesRecipients").asBoolean()).isFalse();
        assertThat(sent.body().get("status").asText()).isEqualTo("done");

        ApiClient.Reply report = call("GET", "/api/v1/campaigns/" + id + "/report", null, null);
        assertThat(report.status()).isEqualTo(401);
        report = call("GET", "/api/v1/campaigns/" + id + "/report", app.key(Role.VIEWER), null);
        assertThat(report.body().at("/queue/sent").asLong()).isEqualTo(5);
        assertThat(report.body().at("/events/sent").asLong()).isEqualTo(5);
        assertThat(report.body().at("/lift/recipients/customers").asLong()).isEqualTo(5);

        ApiClient.Reply outbox = call("GET", "/api/v1/outbox?q=" + id + "/", author, null);
        assertThat(outbox.body().get("total").asLong()).isEqualTo(5);
        ApiClient.Reply message = call("GET", "/api/v1/outbox/message?key=" + id + "/C00010", author, null);
        assertThat(message.status()).as(message.raw()).isEqualTo(200);
        assertThat(message.body().get("delivery").asText()).isEqualTo("outbox: not delivered");
        assertThat(message.body().get("recipient").asText()).isEqualTo("c00010@example.com");

        ApiClient.Reply list = call("GET", "/api/v1/campaigns?status=done", author, null);
        assertThat(list.body().get("items").findValuesAsText("id")).contains(id);
    }

    @Test
    void thePixelAnswersItsGifAlwaysAndCountsOnlyAGoodToken() throws Exception {
        String id = create("pixel");
        approveAndSend(id);
        String html = message(id, "C00011").get("html").asText();
        Matcher m = OPEN.matcher(html);
        assertThat(m.find()).as("the HTML part carries the open pixel").isTrue();
        String token = m.group(1);

        HttpResponse<byte[]> bad = get("/o/" + tampered(token));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("image/gif");
        assertThat(bad.body()).startsWith("GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(report(id).at("/events/open").isMissingNode()).isTrue();

        HttpResponse<byte[]> good = get("/o/" + token);
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).isEqualTo(bad.body());
        get("/o/" + token);
        assertThat(report(id).at("/events/open").asLong())
                .as("fetched twice, counted once")
                .isEqualTo(1);
    }

    @Test
    void aClickRedirectsOnlyToItsSignedTargetAndATamperedTokenGetsAPlainNotFound() throws Exception {
        String id = create("click");
        approveAndSend(id);
        Matcher m = CLICK.matcher(message(id, "C00012").get("text").asText());
        assertThat(m.find())
                .as("the message carries a tracked link to the shop")
                .isTrue();
        String token = m.group(1);

        HttpResponse<byte[]> good = get("/c/" + token);
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(good.headers().firstValue("Location").orElse("")).startsWith(CampaignFixtures.SHOP);
        assertThat(report(id).at("/events/click").asLong()).isEqualTo(1);

        HttpResponse<byte[]> bad = get("/c/" + tampered(token));
        assertThat(bad.statusCode()).isEqualTo(404);
        assertThat(bad.headers().firstValue("Location")).isEmpty();
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(new String(bad.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("not valid");
        assertThat(report(id).at("/events/click").asLong()).isEqualTo(1);
    }

    @Test
    void aOneClickUnsubscribeSuppressesTheCustomerForTheNextCampaignAndThePreferencePageShowsOnlyTheirChoices()
            throws Exception {
        String id = create("unsub");
        approveAndSend(id);
        String link = message(id, "C00013").get("unsubscribeUrl").asText();
        String token = TrackingLinks.token(URI.create(link));

        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(URI.create(app.url("/u/" + token))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Your preferences").contains("opted in");
        assertThat(page.body()).doesNotContain("C00013", "c00013@example.com", "C00010", "c00010@example.com");

        HttpResponse<String> unsubscribed = HTTP.send(
                HttpRequest.newBuilder(URI.create(app.url("/u/" + token)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsubscribed.statusCode()).isEqualTo(200);
        assertThat(unsubscribed.body()).contains("unsubscribed");

        String next = create("after-unsub");
        ApiClient.Reply preview =
                call("POST", "/api/v1/campaigns/" + next + "/preview", author, "{\"customers\":[\"C00013\"]}");
        assertThat(preview.body().at("/customers/0/leftOut").asText()).isEqualTo("suppressed");
        assertThat(preview.body().at("/leftOut/suppressed").asLong()).isEqualTo(1);

        HttpResponse<String> again = HTTP.send(
                HttpRequest.newBuilder(URI.create(app.url("/p/" + token))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.body()).contains("opted out");
        HttpResponse<String> tampered = HTTP.send(
                HttpRequest.newBuilder(URI.create(app.url("/u/" + tampered(token))))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tampered.statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedHardBounceSuppressesTheAddressAndAnUnsignedReportChangesNothing() throws Exception {
        String body = "{\"events\":[{\"type\":\"hard_bounce\",\"recipient\":\"c00020@example.com\","
                + "\"messageKey\":\"flow/C00020\"}]}";
        ApiClient.Reply unsigned =
                ApiClient.call(app, "POST", "/api/v1/webhooks/delivery", null, "application/json", body);
        assertThat(unsigned.status()).isEqualTo(400);
        ApiClient.Reply forged = ApiClient.call(
                app,
                "POST",
                "/api/v1/webhooks/delivery",
                null,
                "application/json",
                body,
                "X-MarketPilot-Signature",
                CampaignFixtures.signature(body.replace("c00020", "c00021")));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(app.app
                        .campaigns
                        .suppression
                        .contains("c00020@example.com", io.marketpilot.core.campaign.ChannelKind.EMAIL)
                        .suppressed())
                .isFalse();

        ApiClient.Reply signed = ApiClient.call(
                app,
                "POST",
                "/api/v1/webhooks/delivery",
                null,
                "application/json",
                body,
                "X-MarketPilot-Signature",
                CampaignFixtures.signature(body));
        assertThat(signed.status()).as(signed.raw()).isEqualTo(200);
        assertThat(signed.body().get("suppressed").asInt()).isEqualTo(1);
        assertThat(app.app
                        .campaigns
                        .suppression
                        .contains("c00020@example.com", io.marketpilot.core.campaign.ChannelKind.EMAIL)
                        .suppressed())
                .isTrue();
    }

    private static JsonNode message(String campaign, String customer) throws Exception {
        ApiClient.Reply r = call("GET", "/api/v1/outbox/message?key=" + campaign + "/" + customer, author, null);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    private static JsonNode report(String id) throws Exception {
        return call("GET", "/api/v1/campaigns/" + id + "/report", author, null).body();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(app.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The token with one character of its payload changed (its signature no longer matches). */
    static String tampered(String token) {
        char c = token.charAt(3);
        return token.substring(0, 3) + (c == 'A' ? 'B' : 'A') + token.substring(4);
    }
}
