package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.TestApp;
import io.marketpilot.core.access.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fairness and wording parts of a campaign's review through the REST API, over the sample shop: attributes set on
 * customers become groups of the comparison, an attribute with too many values is skipped with why, the wording is
 * read by the list while the offline generator says it has no second reader, and approval records the review in the
 * audit log.
 */
class CampaignReviewIT {
    private static final String[] AUDIENCE = {"C00020", "C00021", "C00022", "C00023"};

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

    @Test
    void theReviewComparesByImportedAttributesReadsTheWordingAndApprovalRecordsBoth() throws Exception {
        for (int i = 0; i < 15; i++) {
            String id = String.format("C%05d", 20 + i);
            JsonNode customer =
                    call("GET", "/api/v1/customers/" + id, author, null).body().get("customer");
            String body = customer.toString()
                    .replaceFirst(
                            "}$",
                            ",\"attributes\":{\"gender\":\""
                                    + (i % 2 == 0 ? "female" : "male") + "\",\"birthdate\":\"19" + (60 + i)
                                    + "-03-01\","
                                    + "\"membernumber\":\"M" + i + "\"}}");
            ApiClient.Reply put = call("PUT", "/api/v1/customers/" + id, author, body);
            assertThat(put.status()).as(put.raw()).isEqualTo(200);
        }
        ApiClient.Reply customer = call("GET", "/api/v1/customers/C00020", app.key(Role.VIEWER), null);
        assertThat(customer.body().at("/attributes/gender").asText()).isEqualTo("female");
        assertThat(customer.body().at("/attributes/birthdate").asText()).isEqualTo("1960-03-01");

        ApiClient.Reply created = call(
                "POST",
                "/api/v1/campaigns",
                author,
                "{\"id\":\"fair\",\"name\":\"Fair\",\"customers\":[\"C00020\",\"C00021\",\"C00022\",\"C00023\"],"
                        + "\"content\":[" + content + "],\"quietHours\":\"none\",\"holdout\":0}");
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        ApiClient.Reply preview = call("POST", "/api/v1/campaigns/fair/preview", author, "{}");
        assertThat(preview.status()).as(preview.raw()).isEqualTo(200);

        JsonNode fairness = preview.body().get("fairness");
        assertThat(texts(fairness.get("attributes"))).contains("country", "age_band", "gender");
        assertThat(texts(fairness.get("attributes"))).doesNotContain("membernumber", "birthdate");
        assertThat(fairness.get("skipped").findValuesAsText("attribute")).contains("membernumber", "birthdate");
        assertThat(fairness.get("groups").findValuesAsText("group")).contains("female", "male", "55-64");
        JsonNode wording = preview.body().at("/wording/0");
        assertThat(wording.get("contentId").asLong()).isEqualTo(content);
        assertThat(wording.at("/secondReader/status").asText()).isEqualTo("not_configured");
        assertThat(wording.at("/secondReader/note").asText()).contains("no second reader configured");

        assertThat(call("POST", "/api/v1/campaigns/fair/submit", author, null).status())
                .isEqualTo(200);
        ApiClient.Reply approved = call("POST", "/api/v1/campaigns/fair/approve", secondMarketer, "{}");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        ApiClient.Reply audit = call("GET", "/api/v1/audit?limit=20", app.key(Role.ADMIN), null);
        assertThat(audit.body().get("items")).anySatisfy(e -> {
            assertThat(e.get("action").asText()).isEqualTo("campaign.review");
            assertThat(e.get("target").asText()).isEqualTo("fair");
            assertThat(e.get("details").asText())
                    .startsWith("fairness by age_band, country, gender (four-fifths 0.8-1.25")
                    .contains("not compared: birthdate, membernumber")
                    .contains("wording: content " + content)
                    .contains("no second reader configured");
        });
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
