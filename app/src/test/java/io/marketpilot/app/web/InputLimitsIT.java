package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs an outside probe answered with 500s and stack traces (issue #14, item 5), each now refused before the
 * store sees it with a 4xx JSON error that names the field and, for lengths, the limit.
 */
class InputLimitsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static ApiClient.Reply post(String path, Object body) throws Exception {
        return ApiClient.call(app, "POST", path, app.adminKey, "application/json", JSON.writeValueAsString(body));
    }

    private static void assertRefused(ApiClient.Reply r, int status, String field, String... words) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.body().path("error").asText()).contains(words);
        if (field != null) {
            assertThat(r.body().path("details").path("field").asText()).isEqualTo(field);
        }
    }

    @Test
    void aCustomerNameOverItsColumnIsA400NamingTheFieldAndTheLimit() throws Exception {
        ApiClient.Reply r = post("/api/v1/customers", Map.of("id", "LONG-1", "name", "n".repeat(201)));

        assertRefused(r, 400, "name", "name", "200");
        assertThat(r.body().path("details").path("limit").asInt()).isEqualTo(200);
    }

    @Test
    void aReviewTextOverAMillionCharactersIsA400() throws Exception {
        ApiClient.Reply r = post(
                "/api/v1/reviews",
                Map.of("id", "R-LONG", "text", "t".repeat(1_000_001), "createdAt", "2024-03-01T10:00:00"));

        assertRefused(r, 400, "text", "text", "1000000");
    }

    @Test
    void anEventWhosePropertiesOverflowTheirColumnIsRejectedAndNamed() throws Exception {
        ApiClient.Reply r = post(
                "/api/v1/events",
                Map.of(
                        "id", "E-LONG",
                        "type", "page_view",
                        "occurredAt", "2024-03-01T10:00:00",
                        "properties", Map.of("note", "p".repeat(10_001))));

        assertThat(r.status()).as(r.raw()).isEqualTo(400);
        assertThat(r.body()
                        .path("details")
                        .path("rejected")
                        .get(0)
                        .path("reason")
                        .asText())
                .contains("properties", "10000");
    }

    @Test
    void aMegabyteBrandVoiceOrExperimentNameIsA400() throws Exception {
        ApiClient.Reply voice = ApiClient.call(
                app,
                "PUT",
                "/api/v1/content/brand-voice",
                app.adminKey,
                "application/json",
                JSON.writeValueAsString(Map.of("description", "d".repeat(1_000_000))));
        assertRefused(voice, 400, "description", "description", "4000");

        ApiClient.Reply experiment = post(
                "/api/v1/experiments",
                Map.of(
                        "id", "exp-long",
                        "name", "e".repeat(1_000_000),
                        "variants", List.of(Map.of("name", "control"), Map.of("name", "b"))));
        assertRefused(experiment, 400, "name", "name", "200");
    }

    @Test
    void theChatRefusesNulAndMessagesThatShowNothing() throws Exception {
        String session = ApiClient.call(app, "POST", "/api/v1/chat/sessions", null, null, null)
                .body()
                .path("id")
                .asText();
        String path = "/api/v1/chat/sessions/" + session + "/messages";

        ApiClient.Reply nul = ApiClient.call(app, "POST", path, null, "application/json", "{\"text\":\"\\u0000\"}");
        assertRefused(nul, 400, "text", "text", "U+0000");

        ApiClient.Reply invisible =
                ApiClient.call(app, "POST", path, null, "application/json", "{\"text\":\"  \\u200b \\t\"}");
        assertRefused(invisible, 400, null, "empty");
    }

    @Test
    void searchingTheKnowledgeBaseForNulOrNothingVisibleIsNoServerError() throws Exception {
        assertRefused(
                ApiClient.call(app, "GET", "/api/v1/support/kb/search?q=%00", app.adminKey, null, null),
                400,
                null,
                "query parameter 'q'",
                "U+0000");

        ApiClient.Reply invisible =
                ApiClient.call(app, "GET", "/api/v1/support/kb/search?q=%E2%80%8B", app.adminKey, null, null);
        assertThat(invisible.status()).as(invisible.raw()).isEqualTo(200);
        assertThat(invisible.body()).isEmpty();
    }

    @Test
    void idsWithNulAndTextWithLoneSurrogatesAreRefusedNotStored() throws Exception {
        ApiClient.Reply nulId = ApiClient.call(
                app, "POST", "/api/v1/customers", app.adminKey, "application/json", "{\"id\":\"C\\u0000X\"}");
        assertRefused(nulId, 400, "id", "id", "U+0000");

        ApiClient.Reply tabId = ApiClient.call(
                app, "POST", "/api/v1/customers", app.adminKey, "application/json", "{\"id\":\"C\\tX\"}");
        assertRefused(tabId, 400, "id", "identifiers take none");

        ApiClient.Reply surrogate = ApiClient.call(
                app,
                "POST",
                "/api/v1/customers",
                app.adminKey,
                "application/json",
                "{\"id\":\"C-SUR\",\"name\":\"x\\ud800y\"}");
        assertRefused(surrogate, 400, "name", "lone surrogate", "U+D800");
        assertThat(app.app.customers.find("C-SUR")).isEmpty();

        ApiClient.Reply inPath = ApiClient.call(app, "GET", "/api/v1/customers/C%00X", app.adminKey, null, null);
        assertThat(inPath.status()).isEqualTo(400);
        assertThat(inPath.body().path("error").asText()).isNotBlank();
    }

    @Test
    void aBodyOverTheLimitIsA413AndABrokenEscapeNoServerError() throws Exception {
        ApiClient.Reply big = post("/api/v1/customers", Map.of("id", "BIG", "name", "b".repeat(9 * 1024 * 1024)));
        assertThat(big.status()).as(big.raw()).isEqualTo(413);
        assertThat(big.body().path("code").asText()).isEqualTo("payload_too_large");

        String broken = raw("/api/v1/customers?q=%E2%80%8&limit=5", "Authorization", "Bearer " + app.adminKey);
        assertThat(broken).startsWith("HTTP/1.1 200");
    }

    @Test
    void aTargetJettyCannotParseIsAnsweredAfterItsWholeBodyWasSent() throws Exception {
        // Jetty's parser refuses these targets itself and reads at most 8 KB of the body before closing: a client
        // still sending would get a reset instead of the answer. 6 MB outgrows loopback's socket buffers (4 MB), so
        // the client is still writing when the server would close
        byte[] body = "{\"note\":\"x\"}".concat(" ".repeat(6 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        for (String target : List.of("/api/v1/content/%00/reject", "/api/v1/customers/%zz", "/api/v1/customers/C%")) {
            String reply = rawPost(target, body);

            assertThat(reply).as(target).startsWith("HTTP/1.1 400");
            assertThat(reply).as(target).contains("\"error\":\"The request could not be read");
        }
    }

    @Test
    void staticFilesRefuseTraversalWithA404AndNoTraceInTheLog() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<String> replies;
        try {
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            replies = List.of(
                    raw("/static/..%2fsimplelogger.properties"),
                    raw("/static/..%2F..%2Fio/marketpilot/app/Services.class"),
                    raw("/static/%2e%2e/simplelogger.properties"),
                    raw("/static/..\\simplelogger.properties"),
                    raw("/static/app.js%00.txt"));
        } finally {
            System.setErr(originalErr);
        }

        assertThat(replies).allSatisfy(reply -> assertThat(reply).matches("(?s)HTTP/1.1 (400|404) .*"));
        assertThat(replies).noneMatch(reply -> reply.contains("org.slf4j") || reply.contains("CAFEBABE"));
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
        assertThat(raw("/static/app.js")).startsWith("HTTP/1.1 200");
    }

    @Test
    void theBrandVoiceFormShowsTheLimitInsteadOfFailing() throws Exception {
        String cookie = ApiClient.signIn(app, app.adminKey);
        String form = "description=" + URLEncoder.encode("d".repeat(5_000), StandardCharsets.UTF_8)
                + "&preferred=&avoided=&banned=&examples=";

        ApiClient.Reply r = ApiClient.call(
                app, "POST", "/content/brand-voice", null, "application/x-www-form-urlencoded", form, "Cookie", cookie);

        assertThat(r.status()).isEqualTo(302);
        String location = r.response().headers().firstValue("Location").orElseThrow();
        assertThat(java.net.URLDecoder.decode(location, StandardCharsets.UTF_8))
                .contains("description is longer than 4000 characters");
    }

    @Test
    void anOverlongAgentReplyFromTheSupportFormIsA400() throws Exception {
        String cookie = ApiClient.signIn(app, app.adminKey);
        String session = ApiClient.call(app, "POST", "/api/v1/chat/sessions", null, null, null)
                .body()
                .path("id")
                .asText();

        ApiClient.Reply r = ApiClient.call(
                app,
                "POST",
                "/support/reply",
                null,
                "application/x-www-form-urlencoded",
                "c=" + session + "&text=" + "r".repeat(20_001),
                "Cookie",
                cookie);

        assertRefused(r, 400, "text", "text", "20000");
    }

    /** Sends the whole body before reading the answer, as a client that does not watch for an early answer does. */
    private static String rawPost(String target, byte[] body) throws IOException {
        String head = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** A request sent as raw bytes, so that the path reaches the server exactly as written. */
    private static String raw(String path, String... headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), app.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
