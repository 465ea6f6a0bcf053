package io.marketpilot.core.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The domain records refuse values wider than the store's columns, naming the field, before any store sees them. */
class RecordLimitsTest {
    private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 1, 10, 0);

    @Test
    void aCustomerFitsItsColumnsExactlyAndNotOneCharacterMore() {
        assertThatCode(() -> new Customer("C".repeat(64), "a@b.co", "n".repeat(200), "c".repeat(100), null, null))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> new Customer("C-1", null, "n".repeat(201), null, null, null))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("name is longer than 200");
        assertThatThrownBy(() -> new Customer("C".repeat(65), null, null, null, null, null))
                .hasMessageContaining("customer id is longer than 64");
    }

    @Test
    void reviewsEventsProductsAndOrderLinesCheckTheirWidths() {
        assertThatThrownBy(() -> new Review("R-1", null, null, "t".repeat(1_000_001), null, "review", "en", AT))
                .hasMessageContaining("text is longer than 1000000");
        assertThatThrownBy(() -> new Event("E-1", "t".repeat(65), null, null, AT, Map.of()))
                .hasMessageContaining("type is longer than 64");
        assertThatThrownBy(() -> new Product("P-1", "n".repeat(501), null, null, null, null, null, null))
                .hasMessageContaining("name is longer than 500");
        assertThatThrownBy(() -> new OrderLine(1, "p".repeat(65), 1, 1, 1))
                .hasMessageContaining("productId is longer than 64");
    }
}
