package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.TestApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored run, the REST answer and the Segments page all say why the sample shop has its k. */
class SegmentsExplanationIT {
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

    @Test
    void theRestAnswerCarriesTheKChoiceAndDistinctConsistentPersonas() throws Exception {
        JsonNode run = latestRun();

        JsonNode choice = run.get("kChoice");
        assertThat(choice.get("k").asInt()).isEqualTo(run.get("k").asInt());
        assertThat(choice.get("explanation").asText())
                .startsWith("k = " + run.get("k").asInt() + ":");
        assertThat(choice.get("perK")).hasSize(9);
        Set<String> names = new HashSet<>();
        run.get("segments").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).hasSize(run.get("segments").size());
    }

    @Test
    void theSegmentsPageShowsTheExplanationAndTheScoresPerK() throws Exception {
        String explanation = latestRun().get("kChoice").get("explanation").asText();

        String html = page("/segments");

        assertThat(html).contains("id=\"k-choice\"");
        String shown = html.substring(html.indexOf("id=\"k-choice-explanation\">") + 26);
        shown = shown.substring(0, shown.indexOf("</p>"));
        assertThat(unescape(shown)).isEqualTo(explanation);
        assertThat(html.split("<tr><td>", -1)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(html).contains("<td>chosen");
    }

    @Test
    void aSegmentsCsvDownloadParsesWithItsPersonaInEveryRow() throws Exception {
        JsonNode run = latestRun();
        long id = run.get("run").get("id").asLong();
        List<String> zero = new java.util.ArrayList<>();
        run.get("segments").forEach(s -> {
            if (s.get("segment").asInt() == 0) {
                zero.add(s.get("name").asText());
            }
        });
        String persona = zero.getFirst();

        String csv = page("/segments/" + id + "/0.csv");

        var records = org.apache.commons.csv.CSVFormat.DEFAULT
                .parse(new java.io.StringReader(csv))
                .getRecords();
        assertThat(records.getFirst().values())
                .containsExactly("customer_id", "email", "country", "segment", "persona", "distance");
        assertThat(records.subList(1, records.size())).isNotEmpty().allSatisfy(r -> assertThat(r.get(4))
                .isEqualTo(persona));
    }

    private static JsonNode latestRun() throws Exception {
        JsonNode runs = ApiClient.call(app, "GET", "/api/v1/segments/runs", app.adminKey, null, null)
                .body();
        long id = runs.get(0).get("id").asLong();
        return ApiClient.call(app, "GET", "/api/v1/segments/runs/" + id, app.adminKey, null, null)
                .body();
    }

    /** Signs in with the admin key as the login form does, then fetches a dashboard page with the session. */
    private static String page(String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String cookie = ApiClient.signIn(app, app.adminKey);
        return http.send(
                        HttpRequest.newBuilder(URI.create(app.url(path)))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
