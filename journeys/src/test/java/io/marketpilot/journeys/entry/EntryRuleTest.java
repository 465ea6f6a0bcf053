package io.marketpilot.journeys.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.campaigns.holdout.Holdout;
import io.marketpilot.journeys.definition.EventMatch;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.ReEntry;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.definition.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EntryRuleTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static JourneyDefinition journey(ReEntry reEntry, double holdout) {
        return new JourneyDefinition(
                "welcome",
                "Welcome",
                new Trigger.OnEvent(EventMatch.of("signup")),
                List.of(new Step.Wait("w", Duration.ofDays(1), Optional.empty())),
                Optional.empty(),
                reEntry,
                holdout);
    }

    static EntryDecision decide(ReEntry reEntry, PastEntry... past) {
        return EntryRule.decide(journey(reEntry, 0), "C1", List.of(past), NOW);
    }

    @Test
    void aNewcomerEntersUnderEveryRule() {
        for (ReEntry rule :
                List.of(new ReEntry.Once(), new ReEntry.OncePer(Duration.ofDays(30)), new ReEntry.Always())) {
            assertThat(decide(rule)).isEqualTo(new EntryDecision.Enter(false));
        }
    }

    @Test
    void nobodyEntersTwiceAtOnceWhateverTheRule() {
        var inIt = new PastEntry(NOW.minus(Duration.ofDays(90)), true);

        for (ReEntry rule :
                List.of(new ReEntry.Once(), new ReEntry.OncePer(Duration.ofDays(30)), new ReEntry.Always())) {
            assertThat(decide(rule, inIt)).isEqualTo(new EntryDecision.Refused(EntryDecision.Reason.IN_JOURNEY));
        }
    }

    @Test
    void onceMeansNeverAgain() {
        assertThat(decide(new ReEntry.Once(), new PastEntry(NOW.minus(Duration.ofDays(900)), false)))
                .isEqualTo(new EntryDecision.Refused(EntryDecision.Reason.ENTERED_BEFORE));
    }

    @Test
    void oncePerPeriodCountsFromTheLatestEntry() {
        var rule = new ReEntry.OncePer(Duration.ofDays(30));
        var old = new PastEntry(NOW.minus(Duration.ofDays(60)), false);

        assertThat(decide(rule, old, new PastEntry(NOW.minus(Duration.ofDays(29)), false)))
                .isEqualTo(new EntryDecision.Refused(EntryDecision.Reason.TOO_SOON));
        assertThat(decide(rule, old, new PastEntry(NOW.minus(Duration.ofDays(30)), false)))
                .isEqualTo(new EntryDecision.Enter(false));
    }

    @Test
    void alwaysLetsAnyoneBackWhoLeft() {
        assertThat(decide(new ReEntry.Always(), new PastEntry(NOW.minusSeconds(1), false)))
                .isEqualTo(new EntryDecision.Enter(false));
    }

    @Test
    void theHoldoutIsTheCampaignsStickyShareSeededByTheJourney() {
        var journey = journey(new ReEntry.Always(), 0.2);
        List<String> customers =
                IntStream.range(0, 5_000).mapToObj(i -> "C" + i).toList();

        long heldOut = customers.stream()
                .filter(c -> EntryRule.decide(journey, c, List.of(), NOW).equals(new EntryDecision.Enter(true)))
                .count();

        assertThat(heldOut / 5_000.0).isCloseTo(0.2, within(0.02));
        assertThat(customers).allSatisfy(c -> assertThat(EntryRule.decide(journey, c, List.of(), NOW))
                .isEqualTo(new EntryDecision.Enter(Holdout.contains("journey:welcome", c, 0.2))));
        assertThat(customers.stream()
                        .filter(c -> EntryRule.isHeldOut("welcome", c, 0.2))
                        .toList())
                .as("not the same customers as a campaign called 'welcome'")
                .isNotEqualTo(customers.stream()
                        .filter(c -> Holdout.contains("welcome", c, 0.2))
                        .toList());
    }
}
