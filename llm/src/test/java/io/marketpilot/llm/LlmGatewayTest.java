package io.marketpilot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmTool;
import io.marketpilot.core.llm.LlmToolCall;
import io.marketpilot.core.llm.LlmUnavailableException;
import io.marketpilot.llm.privacy.KnownNames;
import io.marketpilot.llm.privacy.PiiRedactor;
import io.marketpilot.llm.usage.PriceTable;
import io.marketpilot.llm.usage.UsageLedger;
import io.marketpilot.llm.usage.UsageRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LlmGatewayTest {
    final ScriptedModel provider = new ScriptedModel();
    final UsageLedger usage = new UsageLedger();
    final List<LlmCall> audit = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    final MutableClock clock = new MutableClock();

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    LlmSettings settings(int retries, int threshold, Optional<Boolean> redact) {
        return new LlmSettings(
                "openai",
                "",
                "gpt-test",
                "",
                Duration.ofSeconds(5),
                2,
                retries,
                Duration.ofMillis(100),
                redact,
                threshold,
                Duration.ofSeconds(30),
                16,
                PriceTable.parse("gpt-test=2.00/8.00"));
    }

    LlmGateway gateway(LlmSettings s) {
        return new LlmGateway(
                provider,
                s,
                new LlmGateway.Wiring(
                        new PiiRedactor(() -> KnownNames.of(List.of("Emma Garcia"))),
                        usage,
                        audit::add,
                        clock,
                        waits::add,
                        new SplittableRandom(7)));
    }

    static LlmRequest ask(String text) {
        return new LlmRequest(
                "content.email",
                "cli",
                List.of(LlmMessage.system("Be brief."), LlmMessage.user(text)),
                0.2,
                100,
                false);
    }

    @Test
    void retriesRateLimitsAndServerErrorsWithGrowingJitteredWaits() {
        provider.fail(new RateLimitException("slow down"))
                .fail(new HttpException(503, "busy"))
                .answer("Hello", 12, 3);

        LlmReply reply = gateway(settings(3, 5, Optional.empty())).complete(ask("hi"));

        assertThat(reply.text()).isEqualTo("Hello");
        assertThat(provider.received).hasSize(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(audit).singleElement().satisfies(c -> {
            assertThat(c.attempts()).isEqualTo(3);
            assertThat(c.outcome()).isEqualTo("ok");
        });
    }

    @Test
    void doesNotRetryABadRequestOrARejectedKey() {
        provider.fail(new HttpException(401, "{\"error\":\"invalid api key\"}"));

        assertThatThrownBy(() -> gateway(settings(3, 5, Optional.empty())).complete(ask("hi")))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("after 1 attempt")
                .hasMessageContaining("HTTP 401");
        assertThat(provider.received).hasSize(1);
        assertThat(waits).isEmpty();
        assertThat(usage.records()).singleElement().satisfies(r -> assertThat(r.outcome())
                .isEqualTo(UsageRecord.FAILED));
    }

    @Test
    void givesUpAfterTheConfiguredRetries() {
        for (int i = 0; i < 3; i++) {
            provider.fail(new InternalServerException("boom"));
        }

        assertThatThrownBy(() -> gateway(settings(2, 10, Optional.empty())).complete(ask("hi")))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("after 3 attempts");
        assertThat(provider.received).hasSize(3);
    }

    @Test
    void theCircuitOpensAfterConsecutiveFailuresAndLetsOneTrialThroughAfterTheCoolDown() {
        LlmGateway g = gateway(settings(0, 3, Optional.empty()));
        for (int i = 0; i < 3; i++) {
            provider.fail(new HttpException(500, "down"));
            assertThatThrownBy(() -> g.complete(ask("hi"))).isInstanceOf(LlmUnavailableException.class);
        }

        assertThat(g.status(0).circuit()).isEqualTo("open");
        assertThatThrownBy(() -> g.complete(ask("hi again")))
                .isInstanceOf(LlmUnavailableException.class)
                .hasMessageContaining("circuit is open");
        assertThat(provider.received).hasSize(3);

        clock.now = clock.now.plusSeconds(31);
        assertThat(g.status(0).circuit()).isEqualTo("half_open");
        provider.answer("back", 1, 1);
        assertThat(g.complete(ask("hi")).text()).isEqualTo("back");
        assertThat(g.status(0).circuit()).isEqualTo("closed");
        assertThat(usage.records().stream().map(UsageRecord::outcome))
                .containsExactly("failed", "failed", "failed", "circuit_open", "ok");
    }

    @Test
    void aFailedTrialCallReopensTheCircuit() {
        LlmGateway g = gateway(settings(0, 1, Optional.empty()));
        provider.fail(new HttpException(502, "bad gateway"));
        assertThatThrownBy(() -> g.complete(ask("a"))).isInstanceOf(LlmUnavailableException.class);
        clock.now = clock.now.plusSeconds(31);
        provider.fail(new HttpException(502, "still bad"));

        assertThatThrownBy(() -> g.complete(ask("b"))).isInstanceOf(LlmUnavailableException.class);
        assertThat(g.status(0).circuit()).isEqualTo("open");
    }

    @Test
    void theSamePromptAndParametersAreAnsweredFromTheCache() {
        provider.answer("first", 10, 2).answer("other", 10, 2);
        LlmGateway g = gateway(settings(0, 5, Optional.empty()));

        LlmReply a = g.complete(ask("hi"));
        LlmReply b = g.complete(ask("hi"));
        LlmRequest warmer = new LlmRequest("content.email", "cli", ask("hi").messages(), 0.9, 100, false);
        LlmReply c = g.complete(warmer);

        assertThat(a.cached()).isFalse();
        assertThat(b.cached()).isTrue();
        assertThat(b.text()).isEqualTo("first");
        assertThat(b.latencyMillis()).isZero();
        assertThat(c.text()).isEqualTo("other");
        assertThat(provider.received).hasSize(2);
        assertThat(g.status(0).cacheHits()).isEqualTo(1);
    }

    @Test
    void toolCallsPassThroughRetriesAndRedactionAndTheirResultsChangeTheCacheKey() {
        LlmTool lookup = new LlmTool(
                "lookup",
                "Looks a segment up",
                List.of(LlmTool.Parameter.of("segment", LlmTool.Type.INTEGER, "index")));
        LlmToolCall call = new LlmToolCall("call_1", "lookup", "{\"segment\": 2}");
        provider.fail(new HttpException(503, "busy")).callTools(List.of(call)).answer("Segment 2 it is", 5, 5);
        LlmGateway g = gateway(settings(2, 5, Optional.of(true)));
        LlmRequest ask = new LlmRequest(
                "copilot.plan",
                "cli",
                List.of(LlmMessage.system("Plan."), LlmMessage.user("Write to Emma Garcia's segment")),
                0.2,
                100,
                false,
                List.of(lookup));

        LlmReply first = g.complete(ask);
        LlmRequest followUp = ask.followedBy(
                LlmMessage.assistant(first.text(), first.toolCalls()), LlmMessage.toolResult(call, "{\"size\": 40}"));
        LlmReply second = g.complete(followUp);

        assertThat(first.toolCalls()).containsExactly(call);
        assertThat(first.callsTools()).isTrue();
        assertThat(second.text()).isEqualTo("Segment 2 it is");
        assertThat(second.cached()).isFalse();
        assertThat(provider.received).hasSize(3);
        LlmRequest sent = provider.received.getLast();
        assertThat(sent.tools()).containsExactly(lookup);
        assertThat(sent.messages().get(1).content())
                .doesNotContain("Emma Garcia")
                .contains("[NAME_1]");
        assertThat(sent.messages().get(2).toolCalls()).containsExactly(call);
        assertThat(sent.messages().get(3).role()).isEqualTo(LlmMessage.Role.TOOL);
        assertThat(sent.messages().get(3).toolCalls()).containsExactly(call);
        assertThat(audit.getLast().prompt()).contains("[call_1 lookup {\"segment\": 2}]");
        assertThat(g.complete(ask).cached()).isTrue();
        assertThat(g.complete(ask).toolCalls()).containsExactly(call);
    }

    @Test
    void theCacheForgetsTheLeastRecentlyUsedAnswer() {
        ResponseCache cache = new ResponseCache(2);
        LlmReply r = new LlmReply("x", "p", "m", 1, 1, 1, false);
        cache.put("a", r);
        cache.put("b", r);
        cache.get("a");
        cache.put("c", r);

        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(ResponseCache.key("openai", "m", ask("hi")))
                .isNotEqualTo(ResponseCache.key("ollama", "m", ask("hi")));
    }

    @Test
    void redactsWhatLeavesAndRestoresTheAnswerAndAuditsTheRedactedForm() {
        provider.echo();
        LlmGateway g = gateway(settings(0, 5, Optional.empty()));

        LlmReply reply = g.complete(ask("Write to Emma Garcia at emma@shop.fr or +44 7649 929200."));

        String sent = provider.received.getFirst().messages().getLast().content();
        assertThat(sent).isEqualTo("Write to [NAME_1] at [EMAIL_1] or [PHONE_1].");
        assertThat(reply.text()).isEqualTo("You said: Write to Emma Garcia at emma@shop.fr or +44 7649 929200.");
        LlmCall call = audit.getFirst();
        assertThat(call.prompt())
                .contains("USER: Write to [NAME_1] at [EMAIL_1] or [PHONE_1].")
                .doesNotContain("emma@");
        assertThat(call.sentRedacted()).isTrue();
        assertThat(call.redactions()).isEqualTo(3);
        assertThat(call.feature()).isEqualTo("content.email");
        assertThat(call.actor()).isEqualTo("cli");
    }

    @Test
    void withRedactionOffTheProviderGetsClearTextButTheAuditStillDoesNot() {
        provider.echo();
        LlmGateway g = gateway(settings(0, 5, Optional.of(false)));

        g.complete(ask("Mail emma@shop.fr"));

        assertThat(provider.received.getFirst().messages().getLast().content()).isEqualTo("Mail emma@shop.fr");
        assertThat(audit.getFirst().prompt()).contains("[EMAIL_1]").doesNotContain("emma@shop.fr");
        assertThat(audit.getFirst().sentRedacted()).isFalse();
    }

    @Test
    void usageAddsTokensLatencyAndCostFromThePriceTablePerFeature() {
        provider.answer("a", 1_000, 500).answer("b", 3_000, 1_500);
        LlmGateway g = gateway(settings(0, 5, Optional.empty()));
        g.complete(ask("one"));
        g.complete(ask("two"));
        g.complete(ask("two"));

        List<UsageRecord> rows = usage.records();
        assertThat(rows).extracting(UsageRecord::feature).containsOnly("content.email");
        assertThat(rows).hasSize(3);
        assertThat(rows.stream().filter(UsageRecord::cacheHit).count()).isEqualTo(1);
        assertThat(rows.stream().mapToLong(UsageRecord::inputTokens).sum()).isEqualTo(4_000);
        assertThat(rows.stream().mapToLong(UsageRecord::outputTokens).sum()).isEqualTo(2_000);
        // 4,000 × $2 + 2,000 × $8 per million tokens
        assertThat(rows.stream().mapToDouble(r -> r.cost().orElse(0.0)).sum())
                .isCloseTo(0.024, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(rows.stream().filter(r -> r.cost().isPresent()).count()).isEqualTo(3);
    }

    @Test
    void aModelWithoutAPriceHasNoCostRatherThanZero() {
        PriceTable prices = PriceTable.parse("other=1/1");
        assertThat(prices.cost("gpt-test", 10, 10)).isEmpty();
        assertThat(PriceTable.parse("GPT-4o-mini=0.15/0.60; deepseek-chat=0.27/1.10")
                        .cost("gpt-4o-mini", 1_000_000, 0))
                .contains(0.15);
        assertThatThrownBy(() -> PriceTable.parse("gpt=cheap")).hasMessageContaining("model=input/output");
    }
}
