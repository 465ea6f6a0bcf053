package io.marketpilot.profiling.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.profiling.SyntheticCustomers;
import io.marketpilot.profiling.SyntheticCustomers.Behaviour;
import io.marketpilot.profiling.features.FeatureDefinition;
import io.marketpilot.profiling.persona.Persona;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SegmentationServiceTest {
    private static final LocalDate AS_OF = SyntheticCustomers.AS_OF;
    private static SyntheticCustomers shop;
    private static SegmentationResult result;

    private final SegmentationService service = SegmentationService.withDefaults();

    @BeforeAll
    static void segmentTheSyntheticShop() {
        shop = SyntheticCustomers.generate(60, 2024);
        result = SegmentationService.withDefaults()
                .segment(
                        shop.customers(),
                        shop.orders(),
                        shop.products(),
                        List.of(),
                        Optional.empty(),
                        SegmentationRequest.auto(AS_OF, 42));
    }

    @Test
    void findsTheFourBehavioursWithAutomaticK() {
        assertThat(result.k()).isEqualTo(4);
        assertThat(result.silhouette().getAsDouble()).isGreaterThan(0.4);
        assertThat(result.elbow()).extracting(KScore::k).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(result.kChoice().verdict()).isEqualTo(KChoice.Verdict.CHOSEN);
        assertThat(result.kChoice().explanation()).startsWith("k = 4:");
    }

    @Test
    void putsEachBehaviourInASegmentOfItsOwn() {
        Map<Behaviour, java.util.Set<Integer>> segmentsOf = new HashMap<>();
        for (Assignment assignment : result.assignments()) {
            segmentsOf
                    .computeIfAbsent(shop.behaviourOf().get(assignment.customerId()), b -> new java.util.HashSet<>())
                    .add(assignment.segment());
        }
        assertThat(segmentsOf.values())
                .allSatisfy(segments -> assertThat(segments).hasSize(1));
        assertThat(segmentsOf.values().stream().flatMap(java.util.Set::stream).distinct())
                .hasSize(4);
    }

    @Test
    void namesThePersonasAfterTheBehaviours() {
        Map<Behaviour, String> nameOf = new HashMap<>();
        Map<Integer, String> nameOfSegment = result.segments().stream()
                .collect(Collectors.toMap(
                        SegmentSummary::segmentId, s -> s.persona().name()));
        for (Assignment assignment : result.assignments()) {
            nameOf.put(shop.behaviourOf().get(assignment.customerId()), nameOfSegment.get(assignment.segment()));
        }

        assertThat(nameOf)
                .containsEntry(Behaviour.LOYAL, "High-value loyalists")
                .containsEntry(Behaviour.AT_RISK, "At-risk regulars")
                .containsEntry(Behaviour.NEW, "New customers")
                // their one order was long ago: z(recency) is above 0.5, so they are lapsed
                .containsEntry(Behaviour.ONE_OFF, "Lapsed one-off buyers");
    }

    @Test
    void describesEachPersonaWithTraitsAndShares() {
        for (SegmentSummary segment : result.segments()) {
            Persona persona = segment.persona();
            assertThat(persona.traits()).hasSizeBetween(1, 4);
            assertThat(persona.share()).isEqualTo(0.25);
            assertThat(persona.description()).contains("60 customers (25.0% of customers");
            assertThat(persona.angles()).hasSizeBetween(2, 3);
        }
        double revenue = result.segments().stream()
                .mapToDouble(s -> s.persona().revenueShare())
                .sum();
        assertThat(revenue).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void reportsCentroidsInOriginalUnits() {
        SegmentSummary loyal = result.segments().stream()
                .filter(s -> s.persona().name().equals("High-value loyalists"))
                .findFirst()
                .orElseThrow();

        assertThat(loyal.centroid().get(FeatureDefinition.FREQUENCY)).isBetween(20.0, 30.0);
        assertThat(loyal.centroid().get(FeatureDefinition.RECENCY)).isBetween(1.0, 11.0);
    }

    @Test
    void recordsWhatProducedTheSegments() {
        assertThat(result.snapshot().definitionVersion()).isEqualTo(FeatureDefinition.VERSION);
        assertThat(result.snapshot().customers()).isEqualTo(240);
        assertThat(result.snapshot().clusterColumns()).contains(FeatureDefinition.FREQUENCY);
        assertThat(result.seed()).isEqualTo(42);
        assertThat(result.method()).contains("restarts=10").contains("rule-based-personas/2");
    }

    @Test
    void givesTheSameSegmentsForTheSameSeed() {
        SegmentationResult again = service.segment(
                shop.customers(),
                shop.orders(),
                shop.products(),
                List.of(),
                Optional.empty(),
                SegmentationRequest.auto(AS_OF, 42));

        assertThat(again.assignments()).isEqualTo(result.assignments());
    }

    @Test
    void segmentsIntoAFixedNumberOfSegments() {
        SegmentationResult two = service.segment(
                shop.customers(),
                shop.orders(),
                shop.products(),
                List.of(),
                Optional.empty(),
                SegmentationRequest.fixed(AS_OF, 2, 1));

        assertThat(two.k()).isEqualTo(2);
        assertThat(two.segments()).hasSize(2);
        assertThat(two.segments().get(0).size())
                .isGreaterThanOrEqualTo(two.segments().get(1).size());
    }

    @Test
    void showsTypicalSentimentWhenGiven() {
        Map<String, Double> sentiment = new HashMap<>();
        shop.customers().forEach(c -> sentiment.put(c.id(), 0.5));

        SegmentationResult withSentiment = service.segment(
                shop.customers(),
                shop.orders(),
                shop.products(),
                List.of(),
                Optional.of(sentiment),
                SegmentationRequest.fixed(AS_OF, 4, 42));

        assertThat(withSentiment.segments())
                .allSatisfy(s -> assertThat(s.persona().typicalSentiment()).hasValue(0.5));
    }

    @Test
    void rejectsAnEmptyOrderHistory() {
        assertThatThrownBy(() -> service.segment(
                        shop.customers(),
                        List.of(),
                        shop.products(),
                        List.of(),
                        Optional.empty(),
                        SegmentationRequest.auto(AS_OF, 1)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("there are no orders: segmentation needs purchase history");
    }

    @Test
    void rejectsASingleCustomer() {
        List<Customer> one = List.of(new Customer("solo", null, null, "DE", null, null));
        List<Order> orders = List.of(sale("o1", "solo", 10));

        assertThatThrownBy(() -> service.segment(
                        one, orders, shop.products(), List.of(), Optional.empty(), SegmentationRequest.auto(AS_OF, 1)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("segmentation needs at least 2 customers with a sale before 2024-10-01; found 1");
    }

    @Test
    void rejectsCustomersWithoutAnySaleBeforeTheDate() {
        assertThatThrownBy(() -> service.segment(
                        shop.customers(),
                        shop.orders(),
                        shop.products(),
                        List.of(),
                        Optional.empty(),
                        SegmentationRequest.auto(LocalDate.of(2000, 1, 1), 1)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("none of the 240 customers has a sale before 2000-01-01");
    }

    @Test
    void rejectsAllIdenticalCustomersSayingTheSilhouetteIsUndefined() {
        List<Customer> twins = List.of(
                new Customer("a", null, null, "DE", null, null),
                new Customer("b", null, null, "DE", null, null),
                new Customer("c", null, null, "DE", null, null));
        List<Order> orders = List.of(sale("o1", "a", 10), sale("o2", "b", 10), sale("o3", "c", 10));

        assertThatThrownBy(() -> service.segment(
                        twins,
                        orders,
                        shop.products(),
                        List.of(),
                        Optional.empty(),
                        SegmentationRequest.auto(AS_OF, 1)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("all 3 customers have identical features")
                .hasMessageContaining("silhouette is undefined");
    }

    @Test
    void rejectsMoreSegmentsThanCustomers() {
        List<Customer> customers = List.of(
                new Customer("a", null, null, "DE", null, null), new Customer("b", null, null, "DE", null, null));
        List<Order> orders = List.of(sale("o1", "a", 10), sale("o2", "b", 30));
        var request = new SegmentationRequest(AS_OF, OptionalInt.of(5), 10, 1, 10);

        assertThatThrownBy(
                        () -> service.segment(customers, orders, shop.products(), List.of(), Optional.empty(), request))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("k=5 is more than the 2 customers with a sale before 2024-10-01");
    }

    private static Order sale(String id, String customer, double amount) {
        return new Order(
                id,
                customer,
                AS_OF.minusDays(5).atTime(10, 0),
                "DE",
                OrderKind.SALE,
                List.of(new OrderLine(1, "p1", 1, amount, amount)));
    }
}
