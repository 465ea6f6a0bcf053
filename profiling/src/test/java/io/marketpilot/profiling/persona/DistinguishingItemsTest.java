package io.marketpilot.profiling.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.domain.LineKind;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lift on a shop small enough to count by hand: 40 customers, 20 in segment 0 and 20 in segment 1. Everyone buys
 * Audio (the best-seller); 12 of segment 1 and 2 of segment 0 buy Kitchen; one customer of segment 0 buys Garden.
 */
class DistinguishingItemsTest {
    private static final LocalDateTime DAY = LocalDateTime.of(2024, 3, 1, 10, 0);
    private static final LocalDateTime CUTOFF = LocalDateTime.of(2024, 6, 1, 0, 0);

    private final List<String> ids = new ArrayList<>();
    private final int[] labels = new int[40];
    private final List<Order> orders = new ArrayList<>();

    DistinguishingItemsTest() {
        for (int i = 0; i < 40; i++) {
            ids.add("c" + i);
            labels[i] = i < 20 ? 0 : 1;
            List<OrderLine> lines = new ArrayList<>(List.of(line(1, "audio-1")));
            if ((i >= 20 && i < 32) || i < 2) {
                lines.add(line(2, "kitchen-1"));
            }
            if (i == 5) {
                lines.add(line(3, "garden-1"));
            }
            orders.add(new Order("o" + i, "c" + i, DAY, "GB", OrderKind.SALE, lines));
        }
    }

    @Test
    void ranksCategoriesByLiftNotByPopularity() {
        var products = List.of(
                new Product("audio-1", "Speaker", "Audio", null, null, null, null, null),
                new Product("kitchen-1", "Kettle", "Kitchen", null, null, null, null, null),
                new Product("garden-1", "Hose", "Garden", null, null, null, null, null));

        var result = DistinguishingItems.find(ids, labels, 2, orders, products, CUTOFF);

        assertThat(result.kind()).isEqualTo(DistinguishingItems.Kind.CATEGORY);
        // segment 1: Kitchen 12/20 = 0.60 against 14/40 = 0.35, lift 0.60 / 0.35 = 1.714; Audio's lift is 1
        assertThat(result.of(1)).singleElement().satisfies(item -> {
            assertThat(item.name()).isEqualTo("Kitchen");
            assertThat(item.buyers()).isEqualTo(12);
            assertThat(item.penetration()).isEqualTo(0.60);
            assertThat(item.populationPenetration()).isEqualTo(0.35);
            assertThat(item.lift()).isCloseTo(1.714286, within(1e-6));
        });
        // segment 0: Garden's lift is 2 but it is one purchase (below 5 buyers); Kitchen's lift is 0.29
        assertThat(result.of(0)).isEmpty();
    }

    @Test
    void fallsBackToProductsWhenTheCatalogueHasNoCategories() {
        var products = List.of(
                Product.named("audio-1", "Speaker"),
                Product.named("kitchen-1", "Kettle"),
                Product.named("garden-1", null));

        var result = DistinguishingItems.find(ids, labels, 2, orders, products, CUTOFF);

        assertThat(result.kind()).isEqualTo(DistinguishingItems.Kind.PRODUCT);
        assertThat(result.of(1)).extracting(DistinguishingItems.Item::name).containsExactly("Kettle");
    }

    @Test
    void leavesPostageAndFeesOut() {
        var products = List.of(Product.named("audio-1", "Speaker"), Product.named("POST", "POSTAGE"));
        List<Order> withPostage = new ArrayList<>();
        // everyone buys the speaker; only segment 1 (abroad) pays postage, which would otherwise have a lift of 2
        for (int i = 0; i < 40; i++) {
            List<OrderLine> lines = new ArrayList<>(List.of(line(1, "audio-1")));
            if (i >= 20) {
                lines.add(new OrderLine(2, "POST", 1, 18, 18, LineKind.SHIPPING));
            }
            withPostage.add(new Order("p" + i, "c" + i, DAY, "FR", OrderKind.SALE, lines));
        }

        var result = DistinguishingItems.find(ids, labels, 2, withPostage, products, CUTOFF);

        assertThat(result.of(1)).isEmpty();
    }

    @Test
    void ignoresSalesOnOrAfterTheCutoffAndReturns() {
        var products = List.of(new Product("kitchen-1", "Kettle", "Kitchen", null, null, null, null, null));
        List<Order> late = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            late.add(new Order("late" + i, "c" + i, CUTOFF, "GB", OrderKind.SALE, List.of(line(1, "kitchen-1"))));
            late.add(new Order("r" + i, "c" + (20 + i), DAY, "GB", OrderKind.RETURN, List.of(line(1, "kitchen-1"))));
        }

        var result = DistinguishingItems.find(ids, labels, 2, late, products, CUTOFF);

        assertThat(result.of(0)).isEmpty();
        assertThat(result.of(1)).isEmpty();
    }

    private static OrderLine line(int no, String product) {
        return new OrderLine(no, product, 1, 10, 10);
    }
}
