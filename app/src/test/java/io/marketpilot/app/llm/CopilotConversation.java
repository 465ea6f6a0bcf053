package io.marketpilot.app.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The copilot conversation the fake OpenAI server plays: three turns of tool calls (the segments; the largest
 * segment's value, channel, send times and e-mail reach; its holdout design, outlook and past campaigns), each
 * reading the real results the previous request carried, then a plan written only from those results. Every
 * figure the answers use is read from what came over HTTP, so the plan's numbers are the tools' own.
 */
public final class CopilotConversation {
    /** The ids the recorded answers give their calls, in the order the calls are made. */
    public static final List<String> CALL_IDS = List.of(
            "call_list_segments",
            "call_segment_value",
            "call_channel_preference",
            "call_send_times",
            "call_reach",
            "call_holdout_design",
            "call_outlook",
            "call_past_campaigns");

    private static final ObjectMapper JSON = new ObjectMapper();

    private CopilotConversation() {}

    /** Enqueues the three tool-calling turns. */
    public static void toolTurns(FakeOpenAiServer fake) {
        fake.answer(r -> FakeOpenAiServer.toolCalls(List.of(call(0, "{}"))));
        fake.answer(r -> {
            String seg = "{\"run\": " + run(r) + ", \"segment\": " + segment(r) + "}";
            return FakeOpenAiServer.toolCalls(List.of(
                    call(1, seg),
                    call(2, seg),
                    call(3, seg),
                    call(4, "{\"run\": " + run(r) + ", \"segment\": " + segment(r) + ", \"channel\": \"email\"}")));
        });
        fake.answer(r -> FakeOpenAiServer.toolCalls(List.of(
                call(
                        5,
                        "{\"reachable\": " + figure(r, 4, "reachable") + ", \"holdout_share\": 0.1,"
                                + " \"baseline_percent\": "
                                + figure(r, 1, "segment " + segment(r) + " weekly baseline conversion %") + "}"),
                call(
                        6,
                        "{\"run\": " + run(r) + ", \"segment\": " + segment(r)
                                + ", \"channel\": \"email\", \"holdout_share\": 0.1}"),
                call(7, ""))));
    }

    /** Enqueues a final answer: a plan from the tool results the request carries, {@code extra} added to its reasoning. */
    public static void plan(FakeOpenAiServer fake, String extra) {
        fake.answer(r -> FakeOpenAiServer.completion(planJson(r, extra), 900, 300));
    }

    private static String planJson(FakeOpenAiServer.Received r, String extra) {
        int s = segment(r);
        ObjectNode plan = JSON.createObjectNode()
                .put("intent", "win-back")
                .put("run", Long.parseLong(run(r)))
                .put("segment", s)
                .put(
                        "audience",
                        "Segment " + s + ": " + figure(r, 1, "segment " + s + " customers with a prediction")
                                + " customers with a prediction, mean 12-month CLV "
                                + figure(r, 1, "segment " + s + " mean CLV") + ", "
                                + figure(r, 1, "segment " + s + " at risk %") + " % at risk of lapsing.")
                .put("offer", "A thank-you offer on the categories they bought most.")
                .put("channel", "email")
                .put(
                        "timing",
                        "At each customer's predicted hour, out of quiet hours; the commonest is hour "
                                + figure(r, 3, "commonest hour") + ".")
                .put("content_brief", "Lead with appreciation, not the discount; one e-mail per language.")
                .put("holdout_share", 0.1)
                .put(
                        "measurement",
                        "Hold out " + figure(r, 5, "holdout share %") + " % (" + figure(r, 5, "holdout") + " held out, "
                                + figure(r, 5, "recipients") + " recipients) and compare orders.")
                .put(
                        "reasoning",
                        "The largest segment: " + figure(r, 4, "reachable") + " of its " + figure(r, 4, "customers")
                                + " customers can be reached by e-mail now." + extra);
        String outlook = result(r, 6).get("tool_call_id").asText();
        plan.putArray("estimates")
                .add(estimate("recipients", figure(r, 6, "recipients low"), figure(r, 6, "recipients high"), outlook)
                        .put("unit", "customers"))
                .add(estimate(
                                "12-month value of the recipients",
                                figure(r, 6, "value low"),
                                figure(r, 6, "value high"),
                                outlook)
                        .put("unit", "currency units"));
        return plan.toString();
    }

    private static ObjectNode estimate(String name, String low, String high, String callId) {
        return JSON.createObjectNode()
                .put("name", name)
                .put("low", low)
                .put("high", high)
                .put("tool_call_id", callId);
    }

    private static FakeOpenAiServer.ToolRequest call(int i, String arguments) {
        return new FakeOpenAiServer.ToolRequest(
                CALL_IDS.get(i), CALL_IDS.get(i).substring("call_".length()), arguments);
    }

    /** The result of the {@code i}-th call, as the request carried it back. */
    static JsonNode result(FakeOpenAiServer.Received r, int i) {
        String content = r.toolResults().get(CALL_IDS.get(i));
        if (content == null) {
            throw new IllegalStateException("the request carries no result of " + CALL_IDS.get(i));
        }
        try {
            return JSON.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String figure(FakeOpenAiServer.Received r, int call, String name) {
        JsonNode v = result(r, call).path("figures").get(name);
        if (v == null) {
            throw new IllegalStateException(
                    CALL_IDS.get(call) + " returned no figure '" + name + "': " + result(r, call));
        }
        return v.asText();
    }

    private static String run(FakeOpenAiServer.Received r) {
        return figure(r, 0, "run id");
    }

    /** The segment with the most customers, from list_segments' figures. */
    private static int segment(FakeOpenAiServer.Received r) {
        int best = -1;
        long most = -1;
        for (Map.Entry<String, JsonNode> f : result(r, 0).path("figures").properties()) {
            if (f.getKey().matches("segment \\d+ size") && f.getValue().asLong() > most) {
                most = f.getValue().asLong();
                best = Integer.parseInt(f.getKey().split(" ")[1]);
            }
        }
        return best;
    }
}
