package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.web.OpenApiOperations.Operation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the server's own OpenAPI document is sent random and hostile input (wrong JSON shapes, strings
 * over every column width, control characters, lone surrogates, invisible text, deep nesting, wrong content types,
 * empty bodies, hostile path and query parameters), with an admin key and sometimes none: no answer may be a 5xx,
 * every error is JSON with a message, and every answer is one the document describes (its status and body). The randomness is seeded per operation ({@code -Dfuzz.seed}, printed), so
 * a failure printed with its request reproduces; {@code -Dfuzz.cases} sets the cases per operation and
 * {@code -Dfuzz.only} limits the run to operation ids containing a text.
 */
class ApiFuzzIT {
    private static final long SEED = Long.getLong("fuzz.seed", 14_05L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 20);
    private static final String ONLY = System.getProperty("fuzz.only", "");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @TempDir
    static Path dir;

    static TestApp app;
    static OpenApiOperations schemas;
    static List<Operation> operations;
    static Map<String, List<String>> knownIds;

    @BeforeAll
    static void start() throws Exception {
        // with a webhook secret, so that the delivery webhook verifies signatures rather than answering 503
        app = TestApp.start(dir, CampaignFixtures.settings());
        JsonNode document = JSON.readTree(send(new FuzzRequest("GET", "/api/v1/openapi.json", null, null, null))
                .body());
        schemas = new OpenApiOperations(document);
        operations = OpenApiOperations.read(document);
        knownIds = knownIds();
        System.out.println("ApiFuzzIT seed=" + SEED + " cases=" + CASES + " operations=" + operations.size());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** One request as sent, printable so that a failure can be read and replayed. */
    record FuzzRequest(String method, String pathAndQuery, String key, String contentType, byte[] body) {
        String describe() {
            String text = body == null ? "<none>" : new String(body, StandardCharsets.UTF_8);
            return method + " " + shorten(pathAndQuery, 300) + " key=" + (key == null ? "none" : "set")
                    + " content-type=" + contentType + " body(" + (body == null ? 0 : body.length) + " bytes)="
                    + shorten(text, 300);
        }
    }

    @Test
    void noOperationAnswersAServerErrorToHostileInput() {
        assertThat(operations).hasSizeGreaterThan(80);
        Set<String> failures = new LinkedHashSet<>();
        long started = System.nanoTime();
        int sent = 0;
        for (Operation op : operations) {
            if (!op.operationId().contains(ONLY)) {
                continue;
            }
            Random random = new Random(SEED * 31 + op.operationId().hashCode());
            HostileInputs hostile = new HostileInputs(random);
            for (int i = 0; i < CASES; i++) {
                FuzzRequest request = request(op, hostile);
                Optional<String> problem = problem(request);
                sent++;
                problem.ifPresent(p -> {
                    // Each kind of failure once per operation, with the first request that showed it.
                    if (failures.add(op.operationId() + " " + p.substring(0, Math.min(p.length(), 40)))) {
                        System.out.println("ApiFuzzIT seed=" + SEED + " " + op.operationId() + ": " + p
                                + "\n    request: " + request.describe());
                    }
                });
            }
        }
        System.out.printf(
                "ApiFuzzIT sent %d requests in %d s%n",
                sent, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(failures)
                .as("server errors or non-JSON errors with -Dfuzz.seed=" + SEED
                        + " (each printed above with its request)")
                .isEmpty();
    }

    /**
     * Every string limit the document declares ({@code maxLength}: the width of the store's column), tried alone in
     * an otherwise fitting body: one character over is refused with a 4xx, and where the same body at the limit was
     * accepted, the refusal names the limit; at the limit is never a server error.
     */
    @Test
    void everyDeclaredLimitRefusesOneCharacterMoreAndNeverFailsAtIt() throws Exception {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        int acceptedAtLimit = 0;
        for (Operation op : operations) {
            if (!op.operationId().contains(ONLY)
                    || !op.bodyContentType().orElse("").equals("application/json")) {
                continue;
            }
            Random random = new Random(SEED * 17 + op.operationId().hashCode());
            OpenApiOperations.Fitting fitting = schemas.fitting(op.bodySchema().orElseThrow(), random);
            for (OpenApiOperations.Limited limited : fitting.limited()) {
                tried++;
                FuzzRequest over = fittingRequest(op, fitting, limited, limited.maxLength() + 1);
                FuzzRequest at = fittingRequest(op, fitting, limited, limited.maxLength());
                HttpResponse<String> overReply = send(over);
                HttpResponse<String> atReply = send(at);
                String where = op.operationId() + " " + limited.field() + " (" + limited.maxLength() + "): ";
                acceptedAtLimit += atReply.statusCode() < 300 ? 1 : 0;
                if (overReply.statusCode() < 400 || overReply.statusCode() >= 500) {
                    failures.add(where + "one over answered " + overReply.statusCode() + "\n    request: "
                            + over.describe());
                } else if (atReply.statusCode() < 300
                        && !overReply.body().contains(String.valueOf(limited.maxLength()))) {
                    failures.add(where + "the refusal does not name the limit: " + shorten(overReply.body(), 300));
                }
                if (atReply.statusCode() >= 500) {
                    failures.add(where + "at the limit answered " + atReply.statusCode() + "\n    request: "
                            + at.describe());
                }
            }
        }
        failures.forEach(f -> System.out.println("ApiFuzzIT seed=" + SEED + " " + f));
        System.out.printf("ApiFuzzIT tried %d declared limits; at %d the body was accepted%n", tried, acceptedAtLimit);
        assertThat(tried).as("limited fields tried").isGreaterThan(30);
        assertThat(failures).as("declared limits not held (printed above)").isEmpty();
    }

    /** The fitting body with one limited field {@code length} characters long, to a path of known ids. */
    private static FuzzRequest fittingRequest(
            Operation op, OpenApiOperations.Fitting fitting, OpenApiOperations.Limited limited, int length) {
        JsonNode original = limited.holder().get(limited.field());
        limited.holder().put(limited.field(), "é".repeat(length));
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(fitting.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            limited.holder().set(limited.field(), original);
        }
        String path = op.path();
        for (String name : op.pathParams()) {
            List<String> known = knownIds.getOrDefault(segmentBefore(path, name), List.of());
            path = path.replace("{" + name + "}", known.isEmpty() ? "fuzz" : HostileInputs.encode(known.getFirst()));
        }
        return new FuzzRequest(op.method(), "/api/v1" + path, app.adminKey, "application/json", body);
    }

    private static Optional<String> problem(FuzzRequest request) {
        HttpResponse<String> r;
        try {
            r = send(request);
        } catch (IOException | InterruptedException e) {
            return Optional.of("no answer: " + e);
        }
        if (r.statusCode() >= 500 && !isDeclaredUnavailable(r)) {
            return Optional.of("answered " + r.statusCode() + ": " + shorten(r.body(), 300));
        }
        if (r.statusCode() >= 400 && !isJsonError(r.body())) {
            return Optional.of("answered " + r.statusCode() + " without a JSON error: " + shorten(r.body(), 200));
        }
        return ApiClient.drift(app, request.method(), request.pathAndQuery(), r).stream()
                .findFirst()
                .map(d -> "breaks the OpenAPI document, " + d.substring(Math.max(0, d.indexOf("answered"))));
    }

    /**
     * 503 {@code unavailable} is an answer, not a failure: the language-model ping says so while no model is
     * configured, as in this test.
     */
    private static boolean isDeclaredUnavailable(HttpResponse<String> r) {
        try {
            return r.statusCode() == 503
                    && JSON.readTree(r.body()).path("code").asText().equals("unavailable");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isJsonError(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.isTextual() && !error.asText().isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    private static FuzzRequest request(Operation op, HostileInputs hostile) {
        String method =
                hostile.nextInt(25) == 0 ? hostile.pick(List.of("PATCH", "PUT", "DELETE", "POST")) : op.method();
        String key =
                hostile.nextInt(10) == 0 ? hostile.pick(java.util.Arrays.asList(null, "mp_garbage")) : app.adminKey;
        String declared = op.bodyContentType().orElse("application/json");
        String contentType = hostile.contentType(declared);
        byte[] body =
                op.bodyContentType().isPresent() || hostile.nextInt(8) == 0 ? body(op, hostile, contentType) : null;
        return new FuzzRequest(method, "/api/v1" + path(op, hostile) + query(op, hostile), key, contentType, body);
    }

    private static String path(Operation op, HostileInputs hostile) {
        String path = op.path();
        for (String name : op.pathParams()) {
            List<String> known = knownIds.getOrDefault(segmentBefore(path, name), List.of());
            String value = !known.isEmpty() && hostile.nextInt(3) == 0
                    ? HostileInputs.encode(hostile.pick(known))
                    : hostile.pathSegment();
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private static String query(Operation op, HostileInputs hostile) {
        List<String> pairs = new ArrayList<>();
        op.queryParams().forEach((name, type) -> {
            if (hostile.nextInt(3) != 0) {
                pairs.add(name + "=" + hostile.queryValue(type));
            }
        });
        if (hostile.nextInt(6) == 0) {
            pairs.add("extra=" + hostile.queryValue("string"));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static byte[] body(Operation op, HostileInputs hostile, String contentType) {
        if (contentType != null && contentType.startsWith("multipart/form-data") && hostile.nextInt(2) == 0) {
            return multipart(hostile);
        }
        return switch (hostile.nextInt(10)) {
            case 0 -> new byte[0];
            case 1 ->
                hostile.pick(List.of("{", "[1,2", "{\"a\":}", "nul", "\"\\ud800\"", "{\"a\":1}{\"b\":2}"))
                        .getBytes(StandardCharsets.UTF_8);
            case 2 ->
                hostile.nextInt(2) == 0
                        ? new byte[] {(byte) 0xC0, (byte) 0xAE, (byte) 0xFF, '{', '}'}
                        : hostile.deepText().getBytes(StandardCharsets.UTF_8);
            case 3 -> json(hostile.value(), hostile);
            case 4, 5 ->
                json(
                        hostile.stretch(schemas.sample(
                                op.bodySchema().orElse(JSON.createObjectNode()), new Random(hostile.nextInt(1000)), 0)),
                        hostile);
            default ->
                json(
                        hostile.mutate(schemas.sample(
                                op.bodySchema().orElse(JSON.createObjectNode()), new Random(hostile.nextInt(1000)), 0)),
                        hostile);
        };
    }

    /** A multipart upload whose file holds hostile rows under a header of the store's columns. */
    private static byte[] multipart(HostileInputs hostile) {
        String header = "id,name,email,country,city,customer_id,product_id,ordered_at,quantity,unit_price,type,"
                + "occurred_at,text,rating,created_at,properties";
        StringBuilder rows = new StringBuilder(header).append('\n');
        for (int row = 0; row < 3; row++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                String v = hostile.nextInt(3) == 0 ? hostile.string() : "v" + c;
                cells.add('"' + v.replace("\"", "\"\"") + '"');
            }
            rows.append(String.join(",", cells)).append('\n');
        }
        String boundary = "fuzzboundary";
        String text = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + hostile.pick(List.of("data.csv", "../../x.csv", "a\u0000.csv", "data.jsonl", "x.exe")) + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + rows + "\r\n--" + boundary + "--\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Written with raw UTF-8 or with every non-ASCII character escaped, which is how lone surrogates travel. */
    private static byte[] json(JsonNode value, HostileInputs hostile) {
        try {
            return (hostile.nextInt(2) == 0 ? JSON : ESCAPING).writeValueAsBytes(value);
        } catch (IOException | IllegalArgumentException e) {
            try {
                return ESCAPING.writeValueAsBytes(value);
            } catch (IOException again) {
                throw new IllegalStateException(again);
            }
        }
    }

    private static HttpResponse<String> send(FuzzRequest r) throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(app.url(r.pathAndQuery()))).timeout(Duration.ofSeconds(60));
        if (r.key() != null) {
            b.header("Authorization", "Bearer " + r.key());
        }
        if (r.contentType() != null) {
            b.header(
                    "Content-Type",
                    r.contentType().equals("multipart/form-data") && r.body() != null
                            ? r.contentType() + "; boundary=fuzzboundary"
                            : r.contentType());
        }
        b.method(
                r.method(),
                r.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Ids that exist in the demo store, by the path segment before the parameter, so that cases reach the handlers. */
    private static Map<String, List<String>> knownIds() throws IOException, InterruptedException {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (String listing : List.of("customers", "products", "orders", "reviews", "experiments", "content")) {
            ids.put(listing, idsOf("/api/v1/" + listing + "?limit=3"));
        }
        ids.put("send-time", ids.get("customers"));
        ids.put("runs", idsOf("/api/v1/segments/runs"));
        ids.put("conversations", idsOf("/api/v1/support/conversations?limit=3"));
        ids.put(
                "sessions",
                List.of(JSON.readTree(send(new FuzzRequest("POST", "/api/v1/chat/sessions", null, null, null))
                                .body())
                        .path("id")
                        .asText()));
        ids.put("imports", List.of("customers", "products", "orders", "events", "reviews"));
        ids.put("variants", List.of("control", "A", "B"));
        return ids;
    }

    private static List<String> idsOf(String listing) throws IOException, InterruptedException {
        JsonNode body = JSON.readTree(
                send(new FuzzRequest("GET", listing, app.adminKey, null, null)).body());
        JsonNode items = body.isArray() ? body : body.path("items");
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String segmentBefore(String path, String param) {
        String before = path.substring(0, path.indexOf("{" + param + "}") - 1);
        return before.substring(before.lastIndexOf('/') + 1);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
