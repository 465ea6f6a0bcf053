package io.marketpilot.campaigns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionTest {
    private static final Instant SENT = Instant.parse("2024-03-05T10:00:00Z");
    private static final Attribution SEVEN_DAYS = new Attribution(Duration.ofDays(7));

    private static OrderFact order(String customer, String id, Duration after, double revenue) {
        return new OrderFact(customer, id, SENT.plus(after), revenue);
    }

    @Test
    void creditsTheFirstOrderInTheWindowOnly() {
        var outcomes = SEVEN_DAYS.outcomes(
                Map.of("C-1", SENT),
                List.of(
                        order("C-1", "O-3", Duration.ofDays(3), 30),
                        order("C-1", "O-2", Duration.ofDays(1), 20),
                        order("C-1", "O-1", Duration.ofHours(-1), 10)));
        assertThat(outcomes)
                .containsExactly(new CustomerOutcome("C-1", Optional.of(order("C-1", "O-2", Duration.ofDays(1), 20))));
    }

    @Test
    void theWindowIncludesTheSendTimeAndExcludesItsEnd() {
        var exposed = new LinkedHashMap<String, Instant>();
        exposed.put("C-1", SENT);
        exposed.put("C-2", SENT);
        var outcomes = SEVEN_DAYS.outcomes(
                exposed, List.of(order("C-1", "O-1", Duration.ZERO, 5), order("C-2", "O-2", Duration.ofDays(7), 5)));
        assertThat(outcomes).extracting(CustomerOutcome::converted).containsExactly(true, false);
    }

    @Test
    void holdoutCustomersAreMeasuredFromTheCampaignsSendTime() {
        var holdout = Attribution.everyoneAt(List.of("H-1", "H-2"), SENT);
        var outcomes = SEVEN_DAYS.outcomes(
                holdout, List.of(order("H-2", "O-9", Duration.ofDays(2), 12.5), order("X-1", "O-8", Duration.ZERO, 1)));
        assertThat(outcomes).extracting(CustomerOutcome::customerId).containsExactly("H-1", "H-2");
        assertThat(outcomes).extracting(CustomerOutcome::revenue).containsExactly(0.0, 12.5);
    }

    @Test
    void ordersAtTheSameInstantGoToTheSmallerId() {
        var outcomes = SEVEN_DAYS.outcomes(
                Map.of("C-1", SENT),
                List.of(order("C-1", "O-b", Duration.ofHours(1), 1), order("C-1", "O-a", Duration.ofHours(1), 2)));
        assertThat(outcomes.get(0).order().orElseThrow().orderId()).isEqualTo("O-a");
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatThrownBy(() -> new Attribution(Duration.ZERO)).hasMessageContaining("positive");
    }
}
