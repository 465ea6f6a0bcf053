package io.marketpilot.recommend.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
    void onlineRetailCountsPurchasesAndDropsAnonymousRowsAndCancellations() throws IOException {
        String file = """
                InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
                536365,85123A,"WHITE HANGING HEART, T-LIGHT",6,12/1/2010 8:26,2.55,17850.0,United Kingdom
                536366,85123A,WHITE HANGING HEART,2,12/2/2010 9:00,2.55,17850.0,United Kingdom
                536367,71053,WHITE METAL LANTERN,6,2010-12-03 10:15:00,3.39,17850,United Kingdom
                536368,71053,WHITE METAL LANTERN,6,12/3/2010 10:15,3.39,,United Kingdom
                C536369,84406B,CREAM CUPID HEARTS,-1,12/4/2010 10:15,2.75,13047,United Kingdom
                536370,84406B,CREAM CUPID HEARTS,-3,12/4/2010 10:15,2.75,13047,United Kingdom
                536371,22752,SET 7 BABUSHKA,2,12/5/2010 10:15,7.65,13047,United Kingdom
                """;

        Interactions data = OnlineRetailReader.read(new StringReader(file), "retail.csv");

        assertThat(data.users().ids()).containsExactly("17850", "13047");
        assertThat(data.items().ids()).containsExactly("85123A", "71053", "22752");
        int customer = data.users().indexOf("17850");
        int heart = data.items().indexOf("85123A");
        assertThat(data.userItems().get(customer, heart)).isEqualTo(2.0);
        assertThat(data.firstSeen(data.userItems().find(customer, heart)))
                .isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26).toEpochSecond(ZoneOffset.UTC));
        assertThat(data.firstSeen(data.userItems().find(customer, data.items().indexOf("71053"))))
                .isEqualTo(LocalDateTime.of(2010, 12, 3, 10, 15).toEpochSecond(ZoneOffset.UTC));
    }

    @Test
    void onlineRetailNeedsItsColumns() {
        assertThatThrownBy(() -> OnlineRetailReader.read(new StringReader("InvoiceNo,StockCode\n1,2\n"), "x.csv"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("Quantity");
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
        assertThat(InteractionFormat.byLabel("uci-retail")).isEqualTo(InteractionFormat.UCI_RETAIL);
        assertThatThrownBy(() -> InteractionFormat.byLabel("xlsx"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("movielens, uci-retail, superstore or csv");
    }

    @Test
    void segmentsCsvMapsCustomersToSegments() throws IOException {
        assertThat(SegmentsCsvReader.read(new StringReader("user_id,segment\nann,loyal\nbob,new\n"), "s.csv"))
                .containsEntry("ann", "loyal")
                .containsEntry("bob", "new");
    }
}
