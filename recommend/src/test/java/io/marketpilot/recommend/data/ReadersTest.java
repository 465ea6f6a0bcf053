package io.marketpilot.recommend.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ReadersTest {
    @Test
    void movieLensRatingsBecomeInteractionsOfWeightOne() throws IOException {
        Interactions data = MovieLensReader.read(
                new StringReader("196\t242\t3\t881250949\n186\t302\t1\t891717742\n196\t302\t5\t881250950\n"), "u.data");

        assertThat(data.users().ids()).containsExactly("196", "186");
        assertThat(data.size()).isEqualTo(3);
        assertThat(data.userItems()
                        .get(data.users().indexOf("186"), data.items().indexOf("302")))
                .isEqualTo(1.0);
        assertThat(data.firstSeen(0)).isEqualTo(881250949L);
    }

    @Test
    void movieLensErrorsNameTheLine() {
        assertThatThrownBy(() -> MovieLensReader.read(new StringReader("1\t2\t3\t4\n1\t2\t3\n"), "u.data"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("u.data line 2");
    }

    @Test
    void genericCsvDefaultsWeightToOneAndAcceptsIsoTimes() throws IOException {
        String file = """
                user_id,item_id,weight,timestamp
                ann,milk,2.5,2024-03-01T10:00:00Z
                ann,bread,,2024-03-02
                bob,milk,1,1709287200
                """;

        Interactions data = InteractionsCsvReader.read(new StringReader(file), "events.csv");

        int ann = data.users().indexOf("ann");
        assertThat(data.userItems().get(ann, data.items().indexOf("milk"))).isEqualTo(2.5);
        assertThat(data.userItems().get(ann, data.items().indexOf("bread"))).isEqualTo(1.0);
        assertThat(data.firstSeen(data.userItems().find(ann, data.items().indexOf("milk"))))
                .isEqualTo(1709287200L);
        assertThat(data.firstSeen(data.userItems().find(ann, data.items().indexOf("bread"))))
                .isEqualTo(1709337600L);
    }

    @Test
    void genericCsvWithoutOptionalColumnsHasNoTimes() throws IOException {
        Interactions data =
                InteractionsCsvReader.read(new StringReader("user_id,item_id\nann,milk\nbob,milk\n"), "events.csv");

        assertThat(data.size()).isEqualTo(2);
        assertThat(data.hasTimes()).isFalse();
    }

    @Test
    void genericCsvErrorsNameTheLine() {
        assertThatThrownBy(() -> InteractionsCsvReader.read(
                        new StringReader("user_id,item_id,weight\nann,milk,1\nbob,milk,-2\n"), "events.csv"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("events.csv line 3")
                .hasMessageContaining("positive");
    }

    @Test
    void formatsAreChosenByTheirCommandLineNames() {
        assertThat(InteractionFormat.byLabel("MovieLens")).isEqualTo(InteractionFormat.MOVIELENS);
        assertThatThrownBy(() -> InteractionFormat.byLabel("xlsx"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("movielens, superstore or csv");
    }

    @Test
    void segmentsCsvMapsCustomersToSegments() throws IOException {
        assertThat(SegmentsCsvReader.read(new StringReader("user_id,segment\nann,loyal\nbob,new\n"), "s.csv"))
                .containsEntry("ann", "loyal")
                .containsEntry("bob", "new");
    }
}
