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

/** The content API over a real server and the demo shop: generate, review, brand voice, training data, OpenAPI. */
class ContentApiIT {
    @TempDir
    static Path dir;

    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static ApiClient.Reply call(String method, String path, String key, String body) throws Exception {
        return ApiClient.call(app, method, path, key, body == null ? null : "application/json", body);
    }

    static String admin() {
        return app.adminKey;
    }

    @Test
    void generatesChineseVariantsForASegmentWithScoresFindingsAndProvenance() throws Exception {
        ApiClient.Reply r = call(
                "POST",
                "/api/v1/content/generate",
                admin(),
                "{\"channel\":\"social\",\"segment\":\"0\",\"product\":\"CAB-100\",\"language\":\"zh\",\"network\":\"weibo\","
                        + "\"variants\":3,\"seed\":4}");

        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        JsonNode variants = r.body().get("variants");
        assertThat(variants).hasSize(3);
        for (JsonNode v : variants) {
            assertThat(v.get("provider").asText()).isEqualTo("offline");
            assertThat(v.get("model").asText()).isEqualTo("composer");
            assertThat(v.get("fields").get("post").asText()).containsPattern("\\p{IsHan}");
            assertThat(v.get("fields").get("hashtags").get(0).asText())
                    .startsWith("#")
                    .endsWith("#");
            assertThat(v.get("scores").get("readabilityMeasure").asText()).isEqualTo("zh-sentence-length");
            assertThat(v.get("findings").isArray()).isTrue();
        }
        String batch = r.body().get("batchId").asText();
        assertThat(call("GET", "/api/v1/content?batch=" + batch, admin(), null)
                        .body()
                        .get("total")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void theReviewWorkflowRecordsTheReviewerAndRefusesUsingADraft() throws Exception {
        JsonNode v = call(
                        "POST",
                        "/api/v1/content/generate",
                        admin(),
                        "{\"channel\":\"email\",\"customer\":\"C00010\",\"variants\":1}")
                .body()
                .get("variants")
                .get(0);
        String id = v.get("id").asText();

        ApiClient.Reply early = call("POST", "/api/v1/content/" + id + "/use", admin(), "{\"campaign\":\"spring\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("code").asText()).isEqualTo("conflict");

        ApiClient.Reply edited = call(
                "PUT",
                "/api/v1/content/" + id,
                admin(),
                "{\"fields\":{\"subject\":\"" + "x".repeat(70)
                        + "\",\"preheader\":\"p\",\"body\":\"Hello there.\",\"cta\":\"Go\"}}");
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        assertThat(edited.body().get("findings").findValuesAsText("rule")).contains("length");
        assertThat(call("POST", "/api/v1/content/" + id + "/approve", admin(), "{}")
                        .status())
                .isEqualTo(409);

        call(
                "PUT",
                "/api/v1/content/" + id,
                admin(),
                "{\"fields\":{\"subject\":\"Picked for you\",\"preheader\":\"New in cables\",\"body\":\"Hello there, new cables are in.\",\"cta\":\"Shop\"}}");
        ApiClient.Reply approved =
                call("POST", "/api/v1/content/" + id + "/approve", admin(), "{\"comment\":\"crisp\"}");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("approved");
        assertThat(approved.body().get("reviewer").asText()).isEqualTo("test admin");
        assertThat(approved.body().get("comment").asText()).isEqualTo("crisp");

        ApiClient.Reply used = call("POST", "/api/v1/content/" + id + "/use", admin(), "{\"campaign\":\"spring\"}");
        assertThat(used.body().get("status").asText()).isEqualTo("used");

        ApiClient.Reply training = call("GET", "/api/v1/content/training-data", admin(), null);
        assertThat(training.status()).isEqualTo(200);
        assertThat(training.raw()).contains("\"messages\"").contains("Picked for you");
    }

    @Test
    void viewersReadButCannotGenerateOrApprove() throws Exception {
        String viewer = app.key(Role.VIEWER);

        assertThat(call("GET", "/api/v1/content", viewer, null).status()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/content/generate", viewer, "{\"channel\":\"sms\",\"segment\":\"0\"}")
                        .status())
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/content/brand-voice", viewer, null)
                        .body()
                        .get("bannedPhrases"))
                .isNotEmpty();
    }

    @Test
    void badRequestsGetClearJsonErrors() throws Exception {
        ApiClient.Reply bad =
                call("POST", "/api/v1/content/generate", admin(), "{\"channel\":\"fax\",\"segment\":\"0\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("error").asText()).contains("Unknown channel");
        assertThat(call("GET", "/api/v1/content/999999", admin(), null).status())
                .isEqualTo(404);
        assertThat(call("POST", "/api/v1/content/generate", admin(), "{\"channel\":\"product\"}")
                        .body()
                        .get("error")
                        .asText())
                .contains("--product");
    }

    @Test
    void brandVoiceIsSavedAndDocumentedInOpenApi() throws Exception {
        ApiClient.Reply saved = call(
                "PUT",
                "/api/v1/content/brand-voice",
                admin(),
                "{\"description\":\"Warm\",\"bannedPhrases\":[\"guaranteed\",\"miracle\"],\"examples\":[\"Hello friend.\"]}");
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat(saved.body().get("updatedBy").asText()).isEqualTo("test admin");
        assertThat(call("GET", "/api/v1/content/brand-voice", admin(), null)
                        .body()
                        .get("description")
                        .asText())
                .isEqualTo("Warm");

        JsonNode doc = call("GET", "/api/v1/openapi.json", null, null).body();
        assertThat(doc.get("paths").has("/content/generate")).isTrue();
        assertThat(doc.get("paths")
                        .get("/content/{id}/approve")
                        .get("post")
                        .get("x-required-role")
                        .asText())
                .isEqualTo("marketer");
        assertThat(doc.get("components").get("schemas").has("ContentBatch")).isTrue();
    }
}
