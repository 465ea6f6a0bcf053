package io.marketpilot.journeys.codec;

import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.journeys.definition.Change;
import io.marketpilot.journeys.definition.Comparison;
import io.marketpilot.journeys.definition.Condition;
import io.marketpilot.journeys.definition.CustomerDate;
import io.marketpilot.journeys.definition.EventMatch;
import io.marketpilot.journeys.definition.Goal;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.ReEntry;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.definition.Trigger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random valid journeys: every kind of trigger, step, condition, change, goal and re-entry, steps going forward. */
final class JourneyArbitraries {
    private JourneyArbitraries() {}

    static Arbitrary<JourneyDefinition> journeys() {
        return Combinators.combine(
                        names(),
                        Arbitraries.strings()
                                .withCharRange(' ', '~')
                                .ofMinLength(1)
                                .ofMaxLength(40)
                                .filter(s -> !s.isBlank()),
                        triggers(),
                        Arbitraries.longs(),
                        Arbitraries.integers().between(1, 12),
                        goals().optional(),
                        reEntries(),
                        Arbitraries.doubles().between(0, 0.5))
                .as((id, name, trigger, seed, count, goal, reEntry, holdout) -> new JourneyDefinition(
                        id, name, trigger, steps(new Random(seed), count), goal, reEntry, holdout));
    }

    static Arbitrary<String> names() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('-', '_', '.', ':', '0', '9', 'Q')
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    }

    static Arbitrary<EventMatch> events() {
        return Combinators.combine(
                        names(),
                        Arbitraries.maps(names(), Arbitraries.strings().ofMaxLength(12))
                                .ofMaxSize(3))
                .as(EventMatch::new);
    }

    static Arbitrary<Trigger> triggers() {
        return Arbitraries.oneOf(
                events().map(Trigger.OnEvent::new),
                Arbitraries.integers().between(0, 20).map(Trigger.EntersSegment::new),
                Combinators.combine(
                                Arbitraries.of(Prediction.class),
                                Arbitraries.of(Comparison.class),
                                Arbitraries.doubles().between(-1e6, 1e6))
                        .as(Trigger.PredictionCrosses::new),
                Combinators.combine(
                                Arbitraries.of(CustomerDate.class),
                                Arbitraries.integers().between(-3660, 3660))
                        .as(Trigger.DateRelative::new));
    }

    static Arbitrary<Goal> goals() {
        return Arbitraries.oneOf(Arbitraries.just(new Goal.PlacedOrder()), events().map(Goal.EventHappened::new));
    }

    static Arbitrary<ReEntry> reEntries() {
        return Arbitraries.oneOf(
                Arbitraries.just(new ReEntry.Once()),
                Arbitraries.just(new ReEntry.Always()),
                durations().map(ReEntry.OncePer::new));
    }

    static Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(1, 366L * 24 * 3600).map(Duration::ofSeconds);
    }

    /**
     * {@code count} steps named s0…, each going (when it names a target) only to a step below it. Built from a seed
     * rather than shrinkable arbitraries: the forward rule ties each step to the ones after it.
     */
    static List<Step> steps(Random random, int count) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "s" + i;
            boolean last = i == count - 1;
            int kind = random.nextInt(last ? 4 : 7);
            Optional<String> next =
                    last || random.nextBoolean() ? Optional.empty() : Optional.of(later(random, i, count));
            Duration duration = Duration.ofMinutes(1 + random.nextInt(60 * 24 * 30));
            EventMatch event = new EventMatch(
                    "e" + random.nextInt(5),
                    random.nextBoolean() ? java.util.Map.of() : java.util.Map.of("k", "v" + random.nextInt(3)));
            steps.add(
                    switch (kind) {
                        case 0 -> new Step.Exit(id);
                        case 1 -> new Step.Wait(id, duration, next);
                        case 2 -> new Step.WaitForSendTime(id, next);
                        case 3 -> new Step.Update(id, change(random), next);
                        case 4 ->
                            new Step.WaitForEvent(
                                    id,
                                    event,
                                    duration,
                                    next,
                                    random.nextBoolean() ? Optional.empty() : Optional.of(later(random, i, count)));
                        case 5 ->
                            new Step.Branch(
                                    id, condition(random, event), later(random, i, count), later(random, i, count));
                        default ->
                            new Step.Send(
                                    id,
                                    pick(random, List.of(ChannelKind.EMAIL, ChannelKind.SMS, ChannelKind.WEBHOOK)),
                                    random.nextBoolean()
                                            ? new ContentRef.Approved(
                                                    List.of(1L + random.nextInt(1000), 1001L + random.nextInt(9)))
                                            : new ContentRef.Experiment("exp-" + random.nextInt(100)),
                                    random.nextBoolean() ? Optional.empty() : Optional.of("offers"),
                                    next);
                    });
        }
        return steps;
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String later(Random random, int i, int count) {
        return "s" + (i + 1 + random.nextInt(count - i - 1));
    }

    private static Change change(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> new Change.AddTag("t" + random.nextInt(10));
            case 1 -> new Change.RemoveTag("t" + random.nextInt(10));
            default -> new Change.SetConsent(ChannelKind.EMAIL, "news", random.nextBoolean());
        };
    }

    private static Condition condition(Random random, EventMatch event) {
        double threshold = random.nextGaussian() * 100;
        Comparison comparison = random.nextBoolean() ? Comparison.AT_LEAST : Comparison.BELOW;
        return switch (random.nextInt(5)) {
            case 0 -> new Condition.InSegment(random.nextInt(10));
            case 1 -> new Condition.Feature("frequency", comparison, threshold);
            case 2 ->
                new Condition.EventSeen(
                        event,
                        random.nextBoolean()
                                ? Optional.empty()
                                : Optional.of(Duration.ofHours(1 + random.nextInt(100))));
            case 3 -> new Condition.ExperimentArm("exp-" + random.nextInt(9), "arm-" + random.nextInt(3));
            default ->
                new Condition.PredictionIs(
                        pick(random, List.of(Prediction.CHURN_RISK, Prediction.P_ALIVE, Prediction.CLV)),
                        comparison,
                        threshold);
        };
    }
}
