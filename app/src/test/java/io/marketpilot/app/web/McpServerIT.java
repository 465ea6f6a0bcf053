package io.marketpilot.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.TestApp;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.web.mcp.McpServerDoor;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.audit.AuditEntry;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.core.store.SegmentationRuns;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.McpHttpClientTransportAuthorizationException;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.ProtocolVersions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MCP server at {@code /mcp}, driven by the official MCP Java SDK's client over Streamable HTTP against the real
 * server on the sample shop: it lists its tools with their schemas, a viewer key reads the shop's own figures (checked
 * against the store, not against the tools), a marketer key drafts a plan that is kept for review, a viewer key is
 * refused the drafting with an MCP error and nothing is kept, and a caller without a key gets nothing at all.
 */
class McpServerIT {
    private static final String GOAL = "win back lapsed high-value customers before Christmas";
    private static final List<String> READ_TOOLS = List.of(
            "list_segments",
            "segment_value",
            "send_times",
            "channel_preference",
            "reach",
            "holdout_design",
            "outlook",
            "past_campaigns",
            "list_plans");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static TestApp app;
    static String viewer;
    static String marketer;

    @BeforeAll
    static void start() {
        app = TestApp.start(dir);
        viewer = app.key(Role.VIEWER);
        marketer = app.key(Role.MARKETER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void listsItsToolsWithTheirDescriptionsAndInputSchemas() {
        try (McpSyncClient client = connected(viewer)) {
            assertThat(client.getServerInfo().name()).isEqualTo("MarketPilot");
            assertThat(client.getCurrentInitializationResult().protocolVersion())
                    .as("the version the client asked for, which the server speaks")
                    .isIn(
                            ProtocolVersions.MCP_2025_03_26,
                            ProtocolVersions.MCP_2025_06_18,
                            ProtocolVersions.MCP_2025_11_25);
            Map<String, McpSchema.Tool> tools = client.listTools().tools().stream()
                    .collect(Collectors.toMap(McpSchema.Tool::name, Function.identity()));

            assertThat(tools.keySet()).containsExactlyInAnyOrderElementsOf(concat(READ_TOOLS, "draft_plan"));
            tools.values().forEach(t -> {
                assertThat(t.description()).as(t.name()).hasSizeGreaterThan(40);
                assertThat(t.inputSchema()).as(t.name()).containsEntry("type", "object");
                assertThat(t.inputSchema()).as(t.name()).containsEntry("additionalProperties", false);
            });
            assertThat(required(tools.get("segment_value"))).containsExactlyInAnyOrder("run", "segment");
            assertThat(properties(tools.get("reach"))).containsOnlyKeys("run", "segment", "channel");
            assertThat(required(tools.get("outlook")))
                    .containsExactlyInAnyOrder("run", "segment", "channel", "holdout_share");
            assertThat(properties(tools.get("list_segments"))).isEmpty();
            assertThat(required(tools.get("draft_plan"))).containsExactly("goal");
            assertThat(properties(tools.get("draft_plan")).get("goal"))
                    .asString()
                    .contains("What the plan should achieve");
            assertThat(properties(tools.get("reach")).get("channel")).asString().contains("enum=[email, sms]");
            assertThat(tools.get("draft_plan").description()).contains("marketer");
            assertThat(tools.get("segment_value").outputSchema()).containsKey("properties");
            READ_TOOLS.forEach(name -> assertThat(tools.get(name).annotations().readOnlyHint())
                    .as(name)
                    .isTrue());
            assertThat(tools.get("draft_plan").annotations().readOnlyHint()).isFalse();
        }
    }

    @Test
    void answersAPlainJsonRpcRequestAsTheReadmeShowsIt() throws Exception {
        HttpResponse<String> listed = post(viewer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(JSON.readTree(listed.body()).at("/result/tools").size()).isEqualTo(READ_TOOLS.size() + 1);
        assertThat(JSON.readTree(listed.body()).at("/id").asInt()).isEqualTo(1);

        HttpResponse<String> unknown = post(viewer, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"resources/list\"}");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(unknown.body()).at("/error/code").asInt())
                .isEqualTo(McpSchema.ErrorCodes.METHOD_NOT_FOUND);
        assertThat(JSON.readTree(unknown.body()).at("/id").asInt()).isEqualTo(7);

        HttpResponse<String> oldVersion = post(
                viewer,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                "MCP-Protocol-Version",
                "1999-01-01");
        assertThat(oldVersion.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(oldVersion.body()).at("/error/message").asText())
                .contains("1999-01-01");
    }

    @Test
    void aViewerReadsTheShopsOwnFigures() {
        SegmentationRuns.Run run = app.app.segments.latest().orElseThrow().run();
        Map<Integer, Long> membersBySegment = app.app.segments.members(run.id()).stream()
                .collect(Collectors.groupingBy(SegmentationRuns.Member::segment, Collectors.counting()));

        try (McpSyncClient client = connected(viewer)) {
            McpSchema.CallToolResult segments = call(client, "list_segments", Map.of());
            McpSchema.CallToolResult reach =
                    call(client, "reach", Map.of("run", run.id(), "segment", 0, "channel", "email"));

            assertThat(figures(segments)).containsEntry("run id", Long.toString(run.id()));
            membersBySegment.forEach((segment, members) -> assertThat(figures(segments))
                    .as("segment %d's size, counted in the store", segment)
                    .containsEntry("segment " + segment + " size", Long.toString(members)));
            assertThat(figures(reach)).containsEntry("customers", Long.toString(membersBySegment.get(0)));
            assertThat(text(reach)).startsWith("Of " + membersBySegment.get(0) + " customers");
            assertThat(structured(reach).get("snapshotId")).isEqualTo("segmentation-run:" + run.id());
        }
        assertThat(audited("list_segments"))
                .anySatisfy(e -> assertThat(e.actor()).contains("test viewer"))
                .anySatisfy(e -> assertThat(e.details()).startsWith("ok list_segments()@segmentation-run:" + run.id()));
    }

    @Test
    void aMarketerDraftsAPlanThatIsKeptForAPersonToReview() {
        int before = app.app.copilot.list(200).size();
        McpSchema.CallToolResult drafted;
        try (McpSyncClient client = connected(marketer)) {
            drafted = call(client, "draft_plan", Map.of("goal", GOAL));
        }

        long id = ((Number) structured(drafted).get("id")).longValue();
        PlanView kept = app.app.copilot.get(id);
        assertThat(kept.status()).isEqualTo("proposed");
        assertThat(kept.goal()).isEqualTo(GOAL);
        assertThat(kept.createdBy()).contains("test marketer");
        assertThat(kept.plan().toolCalls()).isNotEmpty();
        assertThat(app.app.copilot.list(200)).hasSize(before + 1);
        assertThat(text(drafted)).startsWith("Plan " + id + " is proposed").contains("plan approve " + id);
        assertThat(audited("draft_plan"))
                .anySatisfy(e -> assertThat(e.details()).isEqualTo("ok plan:" + id));

        try (McpSyncClient client = connected(viewer)) {
            assertThat(text(call(client, "list_plans", Map.of()))).contains(id + " proposed: " + GOAL);
        }
    }

    @Test
    void aViewerIsRefusedTheDraftingToolAndNothingIsKept() {
        int before = app.app.copilot.list(200).size();
        try (McpSyncClient client = connected(viewer)) {
            assertThatThrownBy(() -> client.callTool(request("draft_plan", Map.of("goal", GOAL))))
                    .isInstanceOfSatisfying(McpError.class, e -> {
                        assertThat(e.getJsonRpcError().code()).isEqualTo(McpServerDoor.FORBIDDEN);
                        assertThat(e.getJsonRpcError().message())
                                .isEqualTo(
                                        "The tool draft_plan needs the marketer role; the key 'test viewer' is viewer");
                    });
        }

        assertThat(app.app.copilot.list(200)).hasSize(before);
        assertThat(audited("draft_plan"))
                .anySatisfy(e -> assertThat(e.details()).isEqualTo("refused: needs the marketer role"));
    }

    @Test
    void everythingIsRefusedWithoutAValidKey() throws Exception {
        for (Optional<String> key : List.of(Optional.<String>empty(), Optional.of("mp_not-a-key"))) {
            McpSyncClient client = client(key);
            assertThatThrownBy(client::initialize)
                    .as("initialize with %s", key.isPresent() ? "a wrong key" : "no key")
                    .satisfies(e -> assertThat(authorizationRefusal(e))
                            .hasValueSatisfying(r ->
                                    assertThat(r.getResponseInfo().statusCode()).isEqualTo(401)));
            client.close();
        }

        HttpResponse<String> raw = post(null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        assertThat(raw.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(raw.body()).get("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void badArgumentsAreAnErrorResultAndUnknownToolsAnMcpError() throws Exception {
        try (McpSyncClient client = connected(viewer)) {
            McpSchema.CallToolResult badRun =
                    client.callTool(request("segment_value", Map.of("run", -1, "segment", 0)));
            McpSchema.CallToolResult missing = client.callTool(request("segment_value", Map.of("run", 1)));
            McpSchema.CallToolResult badChannel =
                    client.callTool(request("reach", Map.of("run", 1, "segment", 0, "channel", "pigeon")));

            assertThat(badRun.isError()).isTrue();
            assertThat(firstText(badRun)).contains("must be a run id");
            assertThat(missing.isError()).isTrue();
            assertThat(firstText(missing)).contains("segment");
            assertThat(badChannel.isError()).isTrue();
            assertThat(firstText(badChannel)).contains("channel");
            assertThat(audited("segment_value"))
                    .as("a call refused for its arguments is audited like any other")
                    .filteredOn(e -> e.details().startsWith("failed: invalid_input"))
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(audited("reach")).anySatisfy(e -> assertThat(e.details()).startsWith("failed: invalid_input"));
            assertThatThrownBy(() -> client.callTool(request("send_everything", Map.of())))
                    .isInstanceOfSatisfying(
                            McpError.class,
                            e -> assertThat(e.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS));
        }

        HttpResponse<String> notJsonRpc = post(viewer, "{\"hello\":1}");
        assertThat(notJsonRpc.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJsonRpc.body()).at("/error/code").asInt())
                .isEqualTo(McpSchema.ErrorCodes.PARSE_ERROR);
        HttpResponse<String> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.url(McpServerDoor.path())))
                                .header("Authorization", "Bearer " + viewer)
                                .header("Accept", "text/event-stream")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(stream.statusCode())
                .as("no event stream: request-response only")
                .isEqualTo(405);
    }

    private static McpSyncClient connected(String key) {
        McpSyncClient client = client(Optional.of(key));
        client.initialize();
        return client;
    }

    private static McpSyncClient client(Optional<String> key) {
        HttpRequest.Builder requests = HttpRequest.newBuilder();
        key.ifPresent(k -> requests.header("Authorization", "Bearer " + k));
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(app.url(""))
                .endpoint(McpServerDoor.path())
                .requestBuilder(requests)
                .build();
        return McpClient.sync(transport)
                .clientInfo(McpSchema.Implementation.builder("marketpilot-test", "1")
                        .build())
                .requestTimeout(Duration.ofSeconds(60))
                .build();
    }

    private static McpSchema.CallToolRequest request(String tool, Map<String, Object> arguments) {
        return McpSchema.CallToolRequest.builder(tool).arguments(arguments).build();
    }

    @SuppressWarnings("unchecked") // an input schema's required names are a JSON array of strings
    private static List<String> required(McpSchema.Tool tool) {
        return (List<String>) tool.inputSchema().get("required");
    }

    @SuppressWarnings("unchecked") // an input schema's properties are a JSON object
    private static Map<String, Object> properties(McpSchema.Tool tool) {
        return (Map<String, Object>) tool.inputSchema().get("properties");
    }

    private static McpSchema.CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(request(tool, arguments));
        assertThat(result.isError()).as(tool + ": " + firstText(result)).isNotEqualTo(true);
        return result;
    }

    @SuppressWarnings("unchecked") // the server's structured answers are JSON objects
    private static Map<String, Object> structured(McpSchema.CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    /** The figures a read tool returned, by name. */
    @SuppressWarnings("unchecked") // a tool call's figures are a list of {name, value} objects
    private static Map<String, String> figures(McpSchema.CallToolResult result) {
        return ((List<Map<String, String>>) structured(result).get("figures"))
                .stream().collect(Collectors.toMap(f -> f.get("name"), f -> f.get("value")));
    }

    private static String text(McpSchema.CallToolResult result) {
        return firstText(result);
    }

    private static String firstText(McpSchema.CallToolResult result) {
        return result.content().isEmpty()
                ? ""
                : ((McpSchema.TextContent) result.content().get(0)).text();
    }

    private static List<AuditEntry> audited(String tool) {
        return app.app.audit.list(PageRequest.first(500)).items().stream()
                .filter(e -> e.action().equals("mcp.call") && e.target().equals(tool))
                .toList();
    }

    private static Optional<McpHttpClientTransportAuthorizationException> authorizationRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof McpHttpClientTransportAuthorizationException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    private static HttpResponse<String> post(String key, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url(McpServerDoor.path())))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> concat(List<String> names, String more) {
        return java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of(more))
                .toList();
    }
}
