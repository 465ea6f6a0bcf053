package io.marketpilot.app.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.copilot.PlanView;
import io.marketpilot.app.copilot.PlannerChoice;
import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.app.services.Services;
import io.marketpilot.copilot.plan.LlmPlanner;
import io.marketpilot.copilot.tools.Figure;
import io.marketpilot.copilot.tools.ToolCall;
import io.marketpilot.copilot.tools.ToolCatalogue;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.imports.ImportProgress;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copilot's LLM path over LangChain4j's real OpenAI client and a local OpenAI-compatible server that plays a
 * recorded conversation ({@link CopilotConversation}) on the demo shop: the tool calls go over HTTP, their real
 * results come back in the next request, and the kept plan states only the tools' numbers; an answer stating a
 * number no tool returned is refused and nothing is kept.
 */
class CopilotOpenAiIT {
    static final String GOAL = "Win back lapsed high-value customers before Christmas";

    @TempDir
    static Path dir;

    final FakeOpenAiServer fake = FakeOpenAiServer.start();
    Services app;

    @BeforeAll
    static void demoShop() {
        try (Services shop = Application.open(config())) {
            DemoLoader.loadIfEmpty(shop, ImportProgress.NONE);
            shop.segments.run("auto", 42, java.util.Optional.empty());
        }
    }

    static MarketPilotConfig config() {
        return new MarketPilotConfig(dir.resolve("data"), null, null, null, "127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        fake.close();
    }

    @Test
    void theModelCallsTheToolsOverHttpAndTheKeptPlanStatesOnlyTheirNumbers() {
        CopilotConversation.toolTurns(fake);
        CopilotConversation.plan(fake, "");
        app = Application.open(config().withLlm(fake.settings(1, 5)));
        long accounted = copilotCalls();

        PlanView view = app.copilot.plan(GOAL, "it");

        assertThat(app.copilot.defaultPlanner()).isEqualTo("llm:openai/" + FakeOpenAiServer.MODEL);
        assertThat(view.planner()).isEqualTo("llm:openai/" + FakeOpenAiServer.MODEL);
        assertThat(view.promptVersion()).isEqualTo(LlmPlanner.PROMPT_VERSION);
        assertThat(fake.requests()).hasSize(4);
        assertThat(fake.pending()).isZero();
        assertThat(fake.requests())
                .allSatisfy(r -> assertThat(r.json().get("tools")).hasSize(8));

        // each request carried back exactly the results of the calls made so far, as the tools computed them
        List<ToolCall> calls = view.plan().toolCalls();
        assertThat(calls.stream().map(ToolCall::tool))
                .containsExactlyElementsOf(CopilotConversation.CALL_IDS.stream()
                        .map(id -> id.substring("call_".length()))
                        .toList());
        assertThat(fake.requests().get(0).toolResults()).isEmpty();
        assertThat(fake.requests().get(1).toolResults()).containsOnlyKeys("call_list_segments");
        Map<String, String> carried = fake.requests().get(3).toolResults();
        for (int i = 0; i < calls.size(); i++) {
            assertThat(carried.get(CopilotConversation.CALL_IDS.get(i)))
                    .as(calls.get(i).id())
                    .isEqualTo(ToolCatalogue.answer(calls.get(i)));
        }

        // list_segments read the store's latest run: its id and every segment's size
        StoreSegments.StoredRun latest = app.segments.latest().orElseThrow();
        assertThat(view.plan().proposal().runId()).isEqualTo(latest.run().id());
        Map<String, String> listed = figures(calls.getFirst());
        for (Map<String, Object> s : latest.segments()) {
            assertThat(listed.get("segment " + StoreSegments.StoredRun.segmentNumber(s) + " size"))
                    .isEqualTo(Long.toString(StoreSegments.StoredRun.segmentSize(s)));
        }

        // the estimates are the outlook's figures, cited by its id
        ToolCall outlook = calls.get(6);
        Map<String, String> projected = figures(outlook);
        assertThat(view.plan().estimates()).hasSize(2).allSatisfy(e -> assertThat(e.toolCallId())
                .isEqualTo(outlook.id()));
        assertThat(view.plan().estimates().getFirst().low()).isEqualTo(projected.get("recipients low"));
        assertThat(view.plan().estimates().getFirst().high()).isEqualTo(projected.get("recipients high"));
        assertThat(view.plan().estimates().get(1).low()).isEqualTo(projected.get("value low"));
        assertThat(view.plan().estimates().get(1).high()).isEqualTo(projected.get("value high"));

        // kept as planned, with its snapshots, and every call accounted to the copilot
        PlanView kept = app.copilot.get(view.id());
        assertThat(kept.plan()).isEqualTo(view.plan());
        assertThat(kept.snapshotIds()).anySatisfy(id -> assertThat(id).startsWith("segmentation-run:"));
        assertThat(copilotCalls()).isEqualTo(accounted + 4);
    }

    /** The model calls accounted to the copilot so far (the tests share one store). */
    private long copilotCalls() {
        return app.llmUsage.totals(LocalDateTime.now(app.clock).minusDays(1)).stream()
                .filter(t -> t.feature().equals(LlmPlanner.FEATURE))
                .mapToLong(t -> t.calls())
                .sum();
    }

    @Test
    void aRecordedAnswerStatingANumberNoToolReturnedIsRefusedAndNothingIsKept() {
        CopilotConversation.toolTurns(fake);
        CopilotConversation.plan(fake, " Expect 987654 extra orders.");
        CopilotConversation.plan(fake, " Expect 987654 extra orders, as before.");
        app = Application.open(config().withLlm(fake.settings(1, 5)));
        int kept = app.copilot.list(200).size();

        assertThatThrownBy(() -> app.copilot.plan(GOAL, "it", PlannerChoice.LLM))
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE))
                .hasMessageContaining("plan was refused twice, and no plan was kept")
                .hasMessageContaining("it states 987654, which no tool returned");

        assertThat(fake.requests()).hasSize(5);
        JsonNode retry = fake.requests().getLast().json().get("messages");
        assertThat(retry.get(retry.size() - 1).get("content").asText())
                .startsWith("The plan is refused: it states 987654, which no tool returned");
        assertThat(app.copilot.list(200)).hasSize(kept);
        assertThat(app.audit.list(new PageRequest(0, 20, null)).items()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("plan.refused");
            assertThat(e.details()).contains("987654");
        });
    }

    private static Map<String, String> figures(ToolCall call) {
        return call.figures().stream().collect(Collectors.toMap(Figure::name, Figure::value));
    }
}
