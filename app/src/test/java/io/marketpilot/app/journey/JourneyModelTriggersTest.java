package io.marketpilot.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.demo.DemoLoader;
import io.marketpilot.app.insight.StorePredictions.CustomerOutlook;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.store.SegmentationRuns;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.journeys.codec.JourneyCodec;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.stepper.Profile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model jobs fire the journeys' model triggers over the sample shop: a segmentation run enters the customers who
 * came into the journey's segment since the previous run, and a refit of customer value enters the customers whose
 * figure crossed the journey's threshold. The expected customers are read from the stored runs and the two fits.
 */
class JourneyModelTriggersTest {
    @TempDir
    static Path dir;

    static Services app;

    @BeforeAll
    static void shop() {
        app = JourneyTestShop.open(dir.resolve("data"), new MovableClock(Instant.parse("2026-05-04T10:00:00Z")));
        DemoLoader.loadIfEmpty(app, ImportProgress.NONE);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void aSegmentationRunEntersTheCustomersWhoCameIntoTheSegment() {
        app.journeys.service.apply(journey("segment-0", "{\"type\": \"segment\", \"segment\": 0}"), "alice");

        long first = app.segments.run("3", 42, Optional.empty()).run().id();
        Map<String, Integer> before = segmentsOf(first);
        assertThat(entered("segment-0"))
                .as("before the first run nobody was in a segment")
                .isEqualTo(inSegment(before, 0))
                .isNotEmpty();

        long second = app.segments.run("4", 7, Optional.empty()).run().id();
        Map<String, Integer> after = segmentsOf(second);
        Set<String> cameIn = inSegment(after, 0).stream()
                .filter(c -> !Integer.valueOf(0).equals(before.get(c)))
                .collect(Collectors.toSet());
        Set<String> expected = new java.util.HashSet<>(inSegment(before, 0));
        expected.addAll(cameIn);
        assertThat(entered("segment-0"))
                .as("the second run enters only those who were not in segment 0 before")
                .isEqualTo(expected);
    }

    @Test
    void aRefitEntersTheCustomersWhoseValueCrossedTheThreshold() {
        Map<String, CustomerOutlook> before =
                Map.copyOf(app.predictions.snapshot().outlooks());
        CustomerOutlook once = before.values().stream()
                .filter(o -> o.orders() == 1)
                .min(java.util.Comparator.comparingDouble(CustomerOutlook::clv)
                        .thenComparing(CustomerOutlook::customerId))
                .orElseThrow();
        double threshold = before.values().stream()
                .mapToDouble(CustomerOutlook::clv)
                .sorted()
                .skip(before.size() * 9L / 10)
                .findFirst()
                .orElseThrow();
        app.journeys.service.apply(
                journey(
                        "valuable",
                        "{\"type\": \"prediction\", \"prediction\": \"clv\", \"crosses\": \"at_least\","
                                + " \"threshold\": " + threshold + "}"),
                "alice");
        LocalDateTime last = before.keySet().stream()
                .flatMap(c -> app.orders.forCustomer(c).stream())
                .map(Order::orderedAt)
                .max(LocalDateTime::compareTo)
                .orElseThrow();
        app.saveOrder(new Order(
                "big-" + once.customerId(),
                once.customerId(),
                last.plusHours(1),
                "Germany",
                OrderKind.SALE,
                List.of(new OrderLine(1, app.products.all().getFirst().id(), 1, 5_000, 5_000))));

        Map<String, CustomerOutlook> after = app.predictions.snapshot().outlooks();
        assertThat(after.get(once.customerId()).clv())
                .as("the large order lifts the customer over the threshold")
                .isGreaterThanOrEqualTo(threshold);
        Set<String> crossed = after.values().stream()
                .filter(o -> before.containsKey(o.customerId())
                        && before.get(o.customerId()).clv() < threshold
                        && o.clv() >= threshold)
                .map(CustomerOutlook::customerId)
                .collect(Collectors.toSet());
        assertThat(entered("valuable")).contains(once.customerId()).isEqualTo(crossed);
    }

    @Test
    void theStepperIsToldTheCustomersSegmentFeaturesFiguresAndSendHourFromTheModels() {
        long run = app.segments.run("3", 42, Optional.empty()).run().id();
        Map<String, Integer> segments = segmentsOf(run);
        String customer = segments.keySet().stream()
                .filter(c -> app.predictions.sendTime(c).isPresent()
                        && app.predictions.outlook(c).isPresent())
                .sorted()
                .findFirst()
                .orElseThrow();
        JourneyDefinition journey = JourneyCodec.read("""
                {
                  "id": "facts",
                  "name": "Facts",
                  "trigger": {"type": "event", "event": "checked_in"},
                  "steps": [
                    {"id": "seg", "type": "branch", "if": {"type": "segment", "segment": 1}, "then": "feat", "else": "feat"},
                    {"id": "feat", "type": "branch", "if": {"type": "feature", "feature": "frequency", "comparison": "at_least",
                     "threshold": 2}, "then": "pred", "else": "pred"},
                    {"id": "pred", "type": "branch", "if": {"type": "prediction", "prediction": "clv", "comparison": "at_least",
                     "threshold": 100}, "then": "hour", "else": "hour"},
                    {"id": "hour", "type": "wait_send_time"}
                  ]
                }
                """);
        ProfileReader reader = new ProfileReader(app.predictions, app.segments, app.experiments);

        Profile profile = reader.profile(journey, customer);

        assertThat(profile.segment()).hasValue(segments.get(customer));
        Map<String, Double> features = new HashMap<>();
        app.segments.featureTable().get().values(customer).forEach((name, value) -> {
            if (Double.isFinite(value)) {
                features.put(name, value);
            }
        });
        assertThat(profile.features()).isNotEmpty().isEqualTo(features);
        assertThat(profile.predictions())
                .containsEntry(
                        Prediction.CLV,
                        app.predictions.outlook(customer).orElseThrow().clv())
                .containsEntry(
                        Prediction.P_ALIVE,
                        app.predictions.outlook(customer).orElseThrow().pAlive());
        assertThat(reader.preferredHour(journey, customer))
                .hasValue(app.predictions.sendTime(customer).orElseThrow().hour());
        assertThat(reader.profile(
                        JourneyCodec.read(journey("plain", "{\"type\": \"event\", \"event\": \"x\"}")), customer))
                .as("a journey that branches on nothing reads nothing")
                .isEqualTo(Profile.UNKNOWN);
    }

    private static String journey(String id, String trigger) {
        return """
                {
                  "id": "%s",
                  "name": "%s",
                  "trigger": %s,
                  "steps": [{"id": "settle", "type": "wait", "duration": "P1D"}]
                }
                """.formatted(id, id, trigger);
    }

    private static Set<String> entered(String journeyId) {
        Set<String> entered = new java.util.HashSet<>();
        app.customers.forEach(c -> app.stores.journeys().enrolments().ofCustomer(journeyId, c.id()).stream()
                .map(Enrolment::customerId)
                .forEach(entered::add));
        return entered;
    }

    private static Map<String, Integer> segmentsOf(long runId) {
        Map<String, Integer> segments = new HashMap<>();
        for (SegmentationRuns.Member m : app.segments.members(runId)) {
            segments.put(m.customerId(), m.segment());
        }
        return segments;
    }

    private static Set<String> inSegment(Map<String, Integer> segments, int segment) {
        return segments.entrySet().stream()
                .filter(e -> e.getValue() == segment)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
