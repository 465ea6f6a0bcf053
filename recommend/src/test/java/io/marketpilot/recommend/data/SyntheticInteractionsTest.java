package io.marketpilot.recommend.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import org.junit.jupiter.api.Test;

class SyntheticInteractionsTest {
    @Test
    void theSameSeedGivesTheSameData() {
        Interactions a = SyntheticInteractions.blocks(50, 40, 4, 5, 0.2, 7);
        Interactions b = SyntheticInteractions.blocks(50, 40, 4, 5, 0.2, 7);

        assertThat(a.size()).isEqualTo(250);
        for (int p = 0; p < a.size(); p++) {
            assertThat(b.userItems().column(p)).isEqualTo(a.userItems().column(p));
        }
    }

    @Test
    void usersBuyMostlyInsideTheirGroup() {
        Interactions data = SyntheticInteractions.blocks(100, 100, 4, 10, 0.1, 1);
        int inside = 0;
        for (int u = 0; u < 100; u++) {
            for (int p = data.userItems().rowStart(u); p < data.userItems().rowEnd(u); p++) {
                int item = Integer.parseInt(
                        data.items().id(data.userItems().column(p)).substring(1));
                inside += item * 4 / 100 == Integer.parseInt(data.users().id(u).substring(1)) % 4 ? 1 : 0;
            }
        }

        assertThat(inside).isGreaterThan(850);
    }

    @Test
    void rejectsMoreItemsPerUserThanAGroupHolds() {
        assertThatThrownBy(() -> SyntheticInteractions.blocks(10, 20, 4, 6, 0.1, 1))
                .isInstanceOf(MarketPilotException.class);
    }
}
