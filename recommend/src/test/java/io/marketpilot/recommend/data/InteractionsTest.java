package io.marketpilot.recommend.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionsTest {
    private static final Interactions DATA = Interactions.of(List.of(
            new Interaction("ann", "milk", 1, 300),
            new Interaction("ann", "bread", 2, 100),
            new Interaction("bob", "milk", 1, 200),
            new Interaction("ann", "milk", 3, 50)));

    @Test
    void numbersUsersAndItemsInOrderOfFirstAppearance() {
        assertThat(DATA.users().ids()).containsExactly("ann", "bob");
        assertThat(DATA.items().ids()).containsExactly("milk", "bread");
        assertThat(DATA.items().indexOf("bread")).isEqualTo(1);
        assertThat(DATA.items().indexOf("cheese")).isEqualTo(-1);
        assertThat(DATA.items().find("cheese")).isEmpty();
    }

    @Test
    void mergesRepeatedEventsSummingWeightsAndKeepingTheFirstTime() {
        CsrMatrix m = DATA.userItems();
        int ann = DATA.users().indexOf("ann");
        int milk = DATA.items().indexOf("milk");

        assertThat(DATA.size()).isEqualTo(3);
        assertThat(m.get(ann, milk)).isEqualTo(4.0);
        assertThat(DATA.firstSeen(m.find(ann, milk))).isEqualTo(50);
    }

    @Test
    void itemUsersIsTheTransposeWithSortedRows() {
        CsrMatrix items = DATA.itemUsers();
        int milk = DATA.items().indexOf("milk");

        assertThat(items.rows()).isEqualTo(2);
        assertThat(items.rowLength(milk)).isEqualTo(2);
        assertThat(items.column(items.rowStart(milk))).isZero();
        assertThat(items.column(items.rowStart(milk) + 1)).isEqualTo(1);
        assertThat(items.get(milk, DATA.users().indexOf("bob"))).isEqualTo(1.0);
    }

    @Test
    void aSubsetKeepsTheNumberingOfUsersAndItems() {
        boolean[] keep = new boolean[DATA.size()];
        keep[DATA.userItems().find(DATA.users().indexOf("bob"), DATA.items().indexOf("milk"))] = true;

        Interactions onlyBob = DATA.subset(keep);

        assertThat(onlyBob.users()).isSameAs(DATA.users());
        assertThat(onlyBob.size()).isEqualTo(1);
        assertThat(onlyBob.hasHistory(DATA.users().indexOf("ann"))).isFalse();
        assertThat(onlyBob.itemUsers().rowLength(DATA.items().indexOf("milk"))).isEqualTo(1);
    }

    @Test
    void declaredCatalogueItemsExistWithoutInteractions() {
        Interactions data = Interactions.builder()
                .addItem("slow-seller")
                .add("ann", "milk", 1, 0)
                .build();

        assertThat(data.items().ids()).containsExactly("slow-seller", "milk");
        assertThat(data.itemUsers().rowLength(0)).isZero();
    }

    @Test
    void rejectsNonPositiveWeightsAndBlankIds() {
        assertThatThrownBy(() -> new Interaction("ann", "milk", 0, 0))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new Interaction(" ", "milk", 1, 0)).isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() -> Interactions.builder().add("ann", "", 1, 0)).isInstanceOf(MarketPilotException.class);
    }

    @Test
    void notSeenByLetsEverythingThroughForAnUnknownUser() {
        int milk = DATA.items().indexOf("milk");

        assertThat(DATA.notSeenBy(-1).test(milk)).isTrue();
        assertThat(DATA.notSeenBy(DATA.users().indexOf("bob")).test(milk)).isFalse();
        assertThat(DATA.notSeenBy(DATA.users().indexOf("bob")).test(DATA.items().indexOf("bread")))
                .isTrue();
    }

    @Test
    void sameTimestampsEverywhereMeanNoTimes() {
        assertThat(DATA.hasTimes()).isTrue();
        assertThat(Interactions.of(List.of(new Interaction("a", "x", 1, 0), new Interaction("b", "y", 1, 0)))
                        .hasTimes())
                .isFalse();
    }
}
