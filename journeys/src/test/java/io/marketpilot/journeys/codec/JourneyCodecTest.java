package io.marketpilot.journeys.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.journeys.definition.Comparison;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.EventMatch;
import io.marketpilot.journeys.definition.Goal;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.ReEntry;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.definition.Trigger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyCodecTest {
    static String sample() throws IOException {
        try (InputStream in =
                Objects.requireNonNull(JourneyCodecTest.class.getResourceAsStream("/journeys/abandoned-cart.json"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<JsonProblem> problemsOf(String json) {
        MarketPilotException refusal = catchThrowableOfType(MarketPilotException.class, () -> JourneyCodec.read(json));
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_INPUT);
        return JourneyCodec.problems(refusal);
    }

    @Test
    void readsAJourneyFileWithEveryPartAsWritten() throws IOException {
        JourneyDefinition journey = JourneyCodec.read(sample());

        assertThat(journey.id()).isEqualTo("abandoned-cart");
        assertThat(journey.trigger())
                .isEqualTo(new Trigger.OnEvent(new EventMatch("cart_abandoned", Map.of("source", "web"))));
        assertThat(journey.steps()).hasSize(8);
        assertThat(journey.steps().get(0)).isEqualTo(new Step.Wait("settle", Duration.ofHours(4), Optional.empty()));
        assertThat(journey.steps().get(2))
                .isEqualTo(new Step.Branch(
                        "valuable",
                        new Condition.PredictionIs(Prediction.CLV, Comparison.AT_LEAST, 250.0),
                        "vip-mail",
                        "best-hour"));
        assertThat(journey.steps().get(3))
                .isEqualTo(new Step.Send(
                        "vip-mail",
                        ChannelKind.EMAIL,
                        new ContentRef.Approved(List.of(11L, 12L)),
                        Optional.of("offers"),
                        Optional.of("tag")));
        assertThat(journey.goal()).contains(new Goal.PlacedOrder());
        assertThat(journey.reEntry()).isEqualTo(new ReEntry.OncePer(Duration.ofDays(30)));
        assertThat(journey.holdoutShare()).isEqualTo(0.1);
    }

    @Test
    void writingThenReadingGivesTheSameJourney() throws IOException {
        JourneyDefinition journey = JourneyCodec.read(sample());

        assertThat(JourneyCodec.read(JourneyCodec.write(journey))).isEqualTo(journey);
    }

    @Test
    void aMissingReEntryIsOnceAndAMissingHoldoutIsNone() {
        JourneyDefinition journey = JourneyCodec.read("""
                {"id": "j", "name": "J", "trigger": {"type": "segment", "segment": 1},
                 "steps": [{"id": "x", "type": "exit"}]}""");

        assertThat(journey.reEntry()).isEqualTo(new ReEntry.Once());
        assertThat(journey.holdoutShare()).isZero();
        assertThat(journey.goal()).isEmpty();
    }

    @Test
    void everyProblemIsListedWithItsJsonPath() {
        List<JsonProblem> problems = problemsOf("""
                {"id": "bad id", "name": "J", "trigger": {"type": "prediction", "prediction": "luck",
                   "crosses": "at_least", "threshold": 1},
                 "steps": [
                   {"id": "a", "type": "wait", "duration": "three days"},
                   {"id": "b", "type": "send", "channel": "pigeon", "content": {"type": "approved", "ids": [1]}},
                   {"id": "c", "type": "teleport"},
                   {"id": "d", "type": "send", "channel": "email", "content": {"type": "approved", "ids": [0]}}
                 ],
                 "holdout": 0.9, "colour": "red"}""");

        assertThat(problems)
                .extracting(JsonProblem::path)
                .containsExactlyInAnyOrder(
                        "$.colour",
                        "$.id",
                        "$.trigger.prediction",
                        "$.steps[0].duration",
                        "$.steps[1].channel",
                        "$.steps[2].type",
                        "$.steps[3].content.ids[0]",
                        "$.holdout");
        assertThat(problems)
                .filteredOn(p -> p.path().equals("$.trigger.prediction"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("luck").contains("churn_risk"));
    }

    @Test
    void stepsThatPointBackwardsOrNowhereAreNamedByTheirField() {
        List<JsonProblem> problems = problemsOf("""
                {"id": "j", "name": "J", "trigger": {"type": "event", "event": "signup"},
                 "steps": [
                   {"id": "a", "type": "wait", "duration": "P1D"},
                   {"id": "b", "type": "branch", "if": {"type": "segment", "segment": 2}, "then": "a", "else": "zz"},
                   {"id": "a", "type": "exit"}
                 ]}""");

        assertThat(problems)
                .extracting(JsonProblem::path)
                .containsExactlyInAnyOrder("$.steps[2].id", "$.steps[1].then", "$.steps[1].else");
        assertThat(problems)
                .filteredOn(p -> p.path().equals("$.steps[1].then"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("only goes forward"));
    }

    @Test
    void textThatIsNotJsonIsRefusedWithItsLine() {
        List<JsonProblem> problems = problemsOf("{\n  \"id\": \"j\",\n  oops\n}");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("line 3");
        });
        assertThat(problemsOf("")).singleElement().satisfies(p -> assertThat(p.message())
                .contains("empty"));
        assertThat(problemsOf("[1, 2]")).extracting(JsonProblem::path).contains("$");
    }

    @Test
    void aPropertyNameWithDotsIsQuotedInItsPath() {
        List<JsonProblem> problems = problemsOf("""
                {"id": "j", "name": "J",
                 "trigger": {"type": "event", "event": "order_placed", "where": {"it's.total": 5}},
                 "steps": [{"id": "x", "type": "exit"}]}""");

        assertThat(problems).extracting(JsonProblem::path).containsExactly("$.trigger.where['it\\'s.total']");
    }

    @Test
    void theRefusalsMessageSaysWhereInOneLine() {
        assertThatThrownBy(() -> JourneyCodec.read("""
                        {"id": "j", "name": "J", "trigger": {"type": "event"}, "steps": [{"id": "x", "type": "exit"}]}"""))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("$.trigger.event: is required")
                .hasMessageNotContaining("\n");
    }
}
