package io.marketpilot.app.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.services.Services;
import io.marketpilot.imports.ImportProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Persona narratives from a configured model, over the real OpenAI client and a local OpenAI-compatible server: the
 * server answers the first segment with an invented figure (refused, the rules' description stays) and the others
 * with a narrative built from the facts it was sent; the stored run says which writer wrote how many.
 */
class PersonaNarrativeOpenAiIT {
    @TempDir
    Path dir;

    final FakeOpenAiServer fake = FakeOpenAiServer.start();
    Services app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        fake.close();
    }

    @Test
    void aConfiguredModelWritesNarrativesThatKeepToTheFacts() {
        int k = 4;
        fake.reply("A loyal crowd: 85% of them are 35-year-olds who shop every week.");
        for (int i = 1; i < k; i++) {
            fake.enqueue(new FakeOpenAiServer.Response(
                    200,
                    r -> FakeOpenAiServer.completion(
                            "Picture these shoppers. " + factsLine(r.lastUserMessage()), 60, 30),
                    Duration.ZERO));
        }
        app = Application.open(
                new MarketPilotConfig(dir, null, null, null, "127.0.0.1", 0).withLlm(fake.settings(0, 5)));
        DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
        int before = fake.requests().size();

        var run = app.segments.run(String.valueOf(k), 42, Optional.empty());

        assertThat(fake.requests()).hasSize(before + k);
        assertThat(fake.requests().get(before).lastUserMessage())
                .startsWith("Persona: ")
                .contains("Facts: ");
        assertThat(String.valueOf(run.summary().get("method")))
                .contains("llm-personas/1 by openai/" + FakeOpenAiServer.MODEL + ": " + (k - 1) + " of " + k)
                .contains("which is not in the facts");
        List<String> descriptions = run.segments().stream()
                .map(s -> String.valueOf(s.get("description")))
                .toList();
        assertThat(descriptions)
                .filteredOn(d -> d.startsWith("Picture these shoppers."))
                .hasSize(k - 1);
        assertThat(descriptions).noneMatch(d -> d.contains("35-year-olds"));
        assertThat(app.llmUsage.totals(LocalDateTime.now(app.clock).minusDays(1)))
                .anySatisfy(t -> {
                    assertThat(t.feature()).isEqualTo("profiling.persona");
                    assertThat(t.calls()).isEqualTo(k);
                });
    }

    private static String factsLine(String prompt) {
        return prompt.lines()
                .filter(l -> l.startsWith("Facts: "))
                .findFirst()
                .orElseThrow()
                .substring("Facts: ".length());
    }
}
