package io.marketpilot.profiling.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerFeatureExtractorTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final List<Product> PRODUCTS = List.of(
            new Product("mug", "Mug", "Kitchen", null, 10.0, 5, null, null),
            new Product("rake", "Rake", "Garden", null, 30.0, 5, null, null),
            new Product("misc", "Thing", null, null, 5.0, 5, null, null));
    private static final List<Customer> CUSTOMERS =
            List.of(customer("alice", "FR"), customer("bob", null), customer("carol", "DE"));

    private final CustomerFeatureExtractor extractor = new CustomerFeatureExtractor();

    private static Customer customer(String id, String country) {
        return new Customer(id, null, null, country, null, null);
    }

    private static Order order(String id, String customer, LocalDateTime at, OrderKind kind, OrderLine... lines) {
        return new Order(id, customer, at, "GB", kind, List.of(lines));
    }

    private static OrderLine line(String product, double quantity, double unitPrice) {
        return new OrderLine(1, product, quantity, unitPrice, quantity * unitPrice);
    }

    private static List<Order> orders() {
        return List.of(
                // alice: three sales (Mon 10:00, Mon 10:30, Fri 18:00), one return, one adjustment
                order("a1", "alice", LocalDateTime.of(2024, 1, 1, 10, 0), OrderKind.SALE, line("mug", 2, 10)),
                order(
                        "a2",
                        "alice",
                        LocalDateTime.of(2024, 1, 15, 10, 30),
                        OrderKind.SALE,
                        line("rake", 1, 30),
                        line("misc", 2, 5)),
                order("a3", "alice", LocalDateTime.of(2024, 2, 2, 18, 0), OrderKind.SALE, line("mug", 4, 10)),
                order("a4", "alice", LocalDateTime.of(2024, 2, 5, 9, 0), OrderKind.RETURN, line("mug", -1, 10)),
                order("a5", "alice", LocalDateTime.of(2024, 2, 6, 9, 0), OrderKind.ADJUSTMENT, line(null, 1, 500)),
                // the same sale exported twice counts once
                order("a3", "alice", LocalDateTime.of(2024, 2, 2, 18, 0), OrderKind.SALE, line("mug", 4, 10)),
                // on or after the as-of date: not history yet
                order("a6", "alice", LocalDateTime.of(2024, 3, 1, 0, 0), OrderKind.SALE, line("mug", 9, 10)),
                // bob: one sale of an uncategorised product in November
                order("b1", "bob", LocalDateTime.of(2023, 11, 20, 12, 0), OrderKind.SALE, line("misc", 4, 5)),
                // carol only returned something: no sale, so excluded
                order("c1", "carol", LocalDateTime.of(2024, 1, 3, 12, 0), OrderKind.RETURN, line("mug", -1, 10)),
                // anonymous and unknown customers are ignored
                order("x1", null, LocalDateTime.of(2024, 1, 3, 12, 0), OrderKind.SALE, line("mug", 100, 10)),
                order("x2", "zed", LocalDateTime.of(2024, 1, 3, 12, 0), OrderKind.SALE, line("mug", 100, 10)));
    }

    private FeatureSnapshot snapshot() {
        return extractor.extract(CUSTOMERS, orders(), PRODUCTS, List.of(), Optional.empty(), AS_OF);
    }

    private static double value(FeatureSnapshot snapshot, String customer, String column) {
        return snapshot.matrix()[snapshot.customerIds().indexOf(customer)][snapshot.columnIndex(column)];
    }

    @Test
    void computesRecencyFrequencyAndNetRevenueFromSalesAndReturns() {
        FeatureSnapshot snapshot = snapshot();

        assertThat(value(snapshot, "alice", FeatureDefinition.RECENCY)).isEqualTo(28); // 2 Feb -> 1 Mar
        assertThat(value(snapshot, "alice", FeatureDefinition.FREQUENCY)).isEqualTo(3);
        assertThat(value(snapshot, "alice", FeatureDefinition.MONETARY)).isEqualTo(20 + 40 + 40 - 10);
        assertThat(value(snapshot, "alice", FeatureDefinition.AVG_ORDER_VALUE)).isEqualTo(100.0 / 3);
        assertThat(value(snapshot, "alice", FeatureDefinition.AVG_UNIT_PRICE)).isEqualTo(100.0 / 9);
        assertThat(value(snapshot, "alice", FeatureDefinition.RETURN_RATE)).isEqualTo(0.1);
        assertThat(value(snapshot, "alice", FeatureDefinition.TENURE)).isEqualTo(60); // 1 Jan -> 1 Mar
    }

    @Test
    void averagesTheGapBetweenSaleOrdersForCadence() {
        double expected = (LocalDateTime.of(2024, 2, 2, 18, 0).toEpochSecond(java.time.ZoneOffset.UTC)
                        - LocalDateTime.of(2024, 1, 1, 10, 0).toEpochSecond(java.time.ZoneOffset.UTC))
                / 86_400.0
                / 2;

        assertThat(value(snapshot(), "alice", FeatureDefinition.CADENCE)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void usesDaysSinceTheOnlyOrderAsCadenceForOneOrderCustomers() {
        double daysSince = (AS_OF.atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC)
                        - LocalDateTime.of(2023, 11, 20, 12, 0).toEpochSecond(java.time.ZoneOffset.UTC))
                / 86_400.0;

        assertThat(value(snapshot(), "bob", FeatureDefinition.CADENCE)).isCloseTo(daysSince, within(1e-9));
    }

    @Test
    void excludesCustomersWithoutASaleAndCountsThem() {
        FeatureSnapshot snapshot = snapshot();

        assertThat(snapshot.customerIds()).containsExactly("alice", "bob");
        assertThat(snapshot.excludedCustomers()).isEqualTo(1);
    }

    @Test
    void sharesSpendByCategoryWithUncategorisedProductsUnderOther() {
        FeatureSnapshot snapshot = snapshot();

        assertThat(value(snapshot, "alice", "share:Kitchen")).isEqualTo(0.6);
        assertThat(value(snapshot, "alice", "share:Garden")).isEqualTo(0.3);
        assertThat(value(snapshot, "alice", "share:other")).isEqualTo(0.1);
        assertThat(value(snapshot, "bob", "share:other")).isEqualTo(1.0);
    }

    @Test
    void findsPreferredWeekdayAndHourWithTiesGoingToTheEarliest() {
        FeatureSnapshot snapshot = snapshot();

        assertThat(value(snapshot, "alice", FeatureDefinition.WEEKDAY)).isEqualTo(1); // two Mondays, one Friday
        assertThat(value(snapshot, "alice", FeatureDefinition.HOUR)).isEqualTo(10);
    }

    @Test
    void measuresTheShareOfSpendInNovemberAndDecember() {
        FeatureSnapshot snapshot = snapshot();

        assertThat(value(snapshot, "bob", FeatureDefinition.SEASONAL_SHARE)).isEqualTo(1.0);
        assertThat(value(snapshot, "alice", FeatureDefinition.SEASONAL_SHARE)).isZero();
    }

    @Test
    void takesCountryFromTheCustomerElseTheLastSale() {
        assertThat(snapshot().countries()).containsExactly("FR", "GB");
    }

    @Test
    void countsEventsPerTypeInTheLast90DaysOnly() {
        List<Event> events = List.of(
                event("e1", "email_open", "alice", AS_OF.minusDays(1)),
                event("e2", "email_open", "alice", AS_OF.minusDays(90)),
                event("e3", "email_open", "alice", AS_OF.minusDays(91)),
                event("e4", "page_view", "bob", AS_OF.minusDays(3)),
                event("e5", "page_view", "bob", AS_OF));

        FeatureSnapshot snapshot = extractor.extract(CUSTOMERS, orders(), PRODUCTS, events, Optional.empty(), AS_OF);

        assertThat(value(snapshot, "alice", "events_90d:email_open")).isEqualTo(2);
        assertThat(value(snapshot, "bob", "events_90d:page_view")).isEqualTo(1);
        assertThat(value(snapshot, "bob", "events_90d:email_open")).isZero();
    }

    private static Event event(String id, String type, String customer, LocalDate day) {
        return new Event(id, type, customer, null, day.atTime(12, 0), Map.of());
    }

    @Test
    void addsSentimentOnlyWhenGivenWithNaNForCustomersWithoutReviews() {
        assertThat(snapshot().columnNames()).doesNotContain(FeatureDefinition.SENTIMENT);

        FeatureSnapshot withSentiment =
                extractor.extract(CUSTOMERS, orders(), PRODUCTS, List.of(), Optional.of(Map.of("alice", 0.8)), AS_OF);

        assertThat(value(withSentiment, "alice", FeatureDefinition.SENTIMENT)).isEqualTo(0.8);
        assertThat(value(withSentiment, "bob", FeatureDefinition.SENTIMENT)).isNaN();
    }

    @Test
    void recordsTheDefinitionVersionAndDescribesEveryColumn() {
        FeatureSnapshot snapshot = snapshot();

        assertThat(snapshot.definitionVersion()).isEqualTo(FeatureDefinition.VERSION);
        assertThat(snapshot.definition().columns())
                .allSatisfy(column -> assertThat(column.description()).isNotBlank());
        assertThat(snapshot.columnNames().subList(0, 3))
                .containsExactly(FeatureDefinition.RECENCY, FeatureDefinition.FREQUENCY, FeatureDefinition.MONETARY);
    }

    @Test
    void scoresRfmQuintilesWithinTheSnapshot() {
        FeatureSnapshot snapshot = snapshot();

        assertThat(value(snapshot, "alice", FeatureDefinition.RFM_F)).isEqualTo(3); // rank 1 of 2
        assertThat(value(snapshot, "bob", FeatureDefinition.RFM_F)).isEqualTo(1);
        assertThat(value(snapshot, "alice", FeatureDefinition.RFM_R)).isEqualTo(3); // more recent than bob
    }

    @Test
    void rejectsACustomerListedTwice() {
        assertThatThrownBy(() -> extractor.extract(
                        List.of(customer("alice", null), customer("alice", null)),
                        orders(),
                        PRODUCTS,
                        List.of(),
                        Optional.empty(),
                        AS_OF))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("'alice' appears twice");
    }

    @Test
    void rejectsAnOrderWithoutADate() {
        List<Order> undated = List.of(order("a1", "alice", null, OrderKind.SALE, line("mug", 1, 10)));

        assertThatThrownBy(() -> extractor.extract(CUSTOMERS, undated, PRODUCTS, List.of(), Optional.empty(), AS_OF))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("order 'a1' has no date");
    }
}
