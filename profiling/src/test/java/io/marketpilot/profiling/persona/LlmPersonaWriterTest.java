package io.marketpilot.profiling.persona;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The writer's own logic around the model: what it sends, when it keeps the model's narrative and when the rules'.
 * The "model" here is a scripted port that answers what each test needs; the wire protocol is the gateway's tests'.
 */
class LlmPersonaWriterTest {
    private static final SegmentFacts FACTS = new SegmentFacts(
            0,
            120,
            0.25,
            0.4,
            List.of(),
            DistinguishingItems.Kind.CATEGORY,
            List.of(new DistinguishingItems.Item("Audio", 60, 0.5, 0.25, 2.0)),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            Map.of());

    /** A port that answers with a function of the request and remembers the requests. */
    private static final class ScriptedModel implements LanguageModel {
        final List<LlmRequest> requests = new ArrayList<>();
        final Function<LlmRequest, String> answer;

        ScriptedModel(Function<LlmRequest, String> answer) {
            this.answer = answer;
        }

        @Override
        public String provider() {
            return "openai";
        }

        @Override
        public String model() {
            return "test-model";
        }

        @Override
        public LlmReply complete(LlmRequest request) {
            requests.add(request);
            return new LlmReply(answer.apply(request), provider(), model(), 10, 10, 5, false);
        }
    }

    private static String ruleDescription() {
        return new RuleBasedPersonaWriter().write(List.of(FACTS)).getFirst().description();
    }

    @Test
    void aNarrativeThatKeepsToTheFactsReplacesTheDescription() {
        var model = new ScriptedModel(r -> "These 120 customers bring 40.0% of revenue; talk to them about Audio.");
        var writer = new LlmPersonaWriter(model, "cli");

        Persona persona = writer.write(List.of(FACTS)).getFirst();

        assertThat(persona.description()).startsWith("These 120 customers");
        assertThat(model.requests).hasSize(1);
        LlmRequest sent = model.requests.getFirst();
        assertThat(sent.feature()).isEqualTo("profiling.persona");
        assertThat(sent.actor()).isEqualTo("cli");
        assertThat(sent.messages().getLast().content()).contains(ruleDescription());
        assertThat(writer.describe()).contains("openai/test-model").contains("1 of 1 narratives");
    }

    @Test
    void aNarrativeWithAnInventedNumberIsRefusedAndTheRulesDescriptionStays() {
        var writer = new LlmPersonaWriter(new ScriptedModel(r -> "Mostly 35-year-olds who love Audio."), "cli");

        Persona persona = writer.write(List.of(FACTS)).getFirst();

        assertThat(persona.description()).isEqualTo(ruleDescription());
        assertThat(writer.describe()).contains("0 of 1 narratives").contains("35, which is not in the facts");
    }

    @Test
    void anUnavailableModelLeavesTheRulesDescriptionAndSaysWhy() {
        var writer = new LlmPersonaWriter(
                new ScriptedModel(r -> {
                    throw new LlmUnavailableException("openai", "HTTP 503 after 3 attempts", null);
                }),
                "cli");

        Persona persona = writer.write(List.of(FACTS)).getFirst();

        assertThat(persona.description()).isEqualTo(ruleDescription());
        assertThat(writer.describe()).contains("0 of 1 narratives").contains("HTTP 503");
    }

    @Test
    void emptyAndOverlongNarrativesAreRefused() {
        for (String answer : List.of("   ", "Audio fans. ".repeat(80))) {
            var writer = new LlmPersonaWriter(new ScriptedModel(r -> answer), "cli");
            assertThat(writer.write(List.of(FACTS)).getFirst().description()).isEqualTo(ruleDescription());
            assertThat(writer.describe()).contains("0 of 1 narratives");
        }
    }
}
