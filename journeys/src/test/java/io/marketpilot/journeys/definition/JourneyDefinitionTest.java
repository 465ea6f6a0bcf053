package io.marketpilot.journeys.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyDefinitionTest {
    static JourneyDefinition journey(List<Step> steps, double holdout) {
        return new JourneyDefinition(
                "j",
                "J",
                new Trigger.OnEvent(EventMatch.of("signup")),
                steps,
                Optional.empty(),
                new ReEntry.Once(),
                holdout);
    }

    static Step.Wait wait(String id, Optional<String> next) {
        return new Step.Wait(id, Duration.ofHours(1), next);
    }

    @Test
    void aStepCarriesOnToItsNextOrTheStepBelowOrTheEnd() {
        var a = wait("a", Optional.of("c"));
        var b = wait("b", Optional.empty());
        var c = wait("c", Optional.empty());
        var j = journey(List.of(a, b, c), 0);

        assertThat(j.after(a, a.next())).contains("c");
        assertThat(j.after(b, b.next())).contains("c");
        assertThat(j.after(c, c.next())).isEmpty();
        assertThat(j.firstStep()).isEqualTo(a);
        assertThat(j.step("b")).contains(b);
        assertThat(j.step("zz")).isEmpty();
    }

    @Test
    void aJourneyThatCouldLoopOrLoseItsWayIsRefused() {
        assertThatThrownBy(() -> journey(List.of(wait("a", Optional.empty()), wait("b", Optional.of("a"))), 0))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("only goes forward");
        assertThatThrownBy(() -> journey(List.of(wait("a", Optional.of("a"))), 0))
                .hasMessageContaining("only goes forward");
        assertThatThrownBy(() -> journey(List.of(wait("a", Optional.of("ghost"))), 0))
                .hasMessageContaining("ghost");
        assertThatThrownBy(() -> journey(List.of(wait("a", Optional.empty()), new Step.Exit("a")), 0))
                .hasMessageContaining("used by step 0");
    }

    @Test
    void itsSizeAndHoldoutHaveBounds() {
        assertThatThrownBy(() -> journey(List.of(), 0)).hasMessageContaining("1 to 100 steps");
        assertThatThrownBy(() -> journey(Collections.nCopies(101, new Step.Exit("x")), 0))
                .hasMessageContaining("1 to 100 steps");
        assertThatThrownBy(() -> journey(List.of(new Step.Exit("x")), 0.51)).hasMessageContaining("holdout");
        assertThatThrownBy(() -> journey(List.of(new Step.Exit("x")), Double.NaN))
                .hasMessageContaining("holdout");
        assertThat(journey(List.of(new Step.Exit("x")), 0.5).holdoutShare()).isEqualTo(0.5);
    }

    @Test
    void waitsAndPeriodsArePositiveAndAtMostAYear() {
        assertThatThrownBy(() -> new Step.Wait("w", Duration.ZERO, Optional.empty()))
                .hasMessageContaining("duration");
        assertThatThrownBy(() -> new Step.Wait("w", Duration.ofDays(367), Optional.empty()))
                .hasMessageContaining("366 days");
        assertThatThrownBy(() -> new ReEntry.OncePer(Duration.ofSeconds(-1))).hasMessageContaining("re-entry period");
    }

    @Test
    void anEventFilterMatchesOnlyEveryPropertyItNames() {
        var filter = new EventMatch("click", Map.of("link", "offer", "campaign", "c1"));

        assertThat(filter.matches("click", Map.of("link", "offer", "campaign", "c1", "x", "y")))
                .isTrue();
        assertThat(filter.matches("click", Map.of("link", "offer"))).isFalse();
        assertThat(filter.matches("open", Map.of("link", "offer", "campaign", "c1")))
                .isFalse();
        assertThat(EventMatch.of("click").matches("click", Map.of())).isTrue();
    }

    @Test
    void namesAndTopicsFollowTheirVocabulary() {
        assertThatThrownBy(() -> new Step.Exit("has space")).hasMessageContaining("step id 'has space'");
        assertThatThrownBy(() -> new Change.SetConsent(io.marketpilot.core.campaign.ChannelKind.EMAIL, "News", true))
                .hasMessageContaining("topic 'News'");
        assertThatThrownBy(() -> Prediction.parse("luck")).hasMessageContaining("churn_risk, p_alive, clv");
    }
}
