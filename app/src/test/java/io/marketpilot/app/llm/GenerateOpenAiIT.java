package io.marketpilot.app.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.content.StoreContent;
import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.imports.ImportProgress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content generation end to end over LangChain4j's real OpenAI client and a local OpenAI-compatible server with
 * recorded answers: a rate limit (retried by the gateway), a malformed body (retried), an SMS over its limit
 * (repaired by one re-ask with the broken rules), and a customer's personal data that never reaches the server.
 */
class GenerateOpenAiIT {
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
    void retriesRepairsRedactsAndAuditsAGeneratedSms() {
        String tooLong = "Ada, " + "our spring cables are here and they are better than ever. ".repeat(4)
                + "Reply STOP to opt out";
        String fits = "[NAME_1], spring picks for you: 10% off cables this week. Reply STOP to opt out";
        fake.error(429, "Rate limit reached")
                .malformed("{\"choices\": [ {\"message\": ")
                .reply("{\"text\": \"" + tooLong + "\"}")
                .reply("{\"text\": \"" + fits + "\"}");
        app = Application.open(
                new MarketPilotConfig(dir, null, null, null, "127.0.0.1", 0).withLlm(fake.settings(3, 5)));
        DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
        app.customers.save(new Customer(
                "C90001",
                "ada.fernsby@example.org",
                "Ada Fernsby",
                "United Kingdom",
                "Leeds",
                LocalDate.of(2025, 3, 1)));

        StoreContent.Batch batch = app.content.generate(
                new GenerateRequest("sms", null, "C90001", null, "spring sale", null, "en", null, List.of(), 1, 7),
                "it");

        assertThat(batch.items()).hasSize(1);
        var item = batch.items().getFirst();
        assertThat(item.provenance().provider()).isEqualTo("openai");
        assertThat(item.provenance().model()).isEqualTo(FakeOpenAiServer.MODEL);
        assertThat(item.provenance().note()).startsWith("repaired after:");
        assertThat(item.fields()).contains("Ada, spring picks for you").doesNotContain("[NAME_1]");

        assertThat(fake.requests()).hasSize(4);
        assertThat(fake.requests().get(3).lastUserMessage()).contains("breaks these rules");
        assertThat(fake.everythingReceived())
                .doesNotContain("Fernsby")
                .doesNotContain("Ada")
                .doesNotContain("ada.fernsby@example.org");

        var calls = app.audit.list(new PageRequest(0, 100, null)).items().stream()
                .filter(e -> e.action().equals("llm.call"))
                .toList();
        assertThat(calls).isNotEmpty();
        assertThat(calls.toString()).contains("content.sms").doesNotContain("Fernsby");
    }
}
