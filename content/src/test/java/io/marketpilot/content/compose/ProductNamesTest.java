package io.marketpilot.content.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            WHITE HANGING HEART T-LIGHT HOLDER     | White hanging heart T-light holder
            RED TOADSTOOL LED NIGHT LIGHT          | Red toadstool LED night light
            15CM CHRISTMAS GLASS BALL 20 LIGHTS    | 15cm Christmas glass ball 20 lights
            SET OF 6 3D KIT CARDS FOR KIDS         | Set of 6 3D kit cards for kids
            PAPER CHAIN KIT 50'S CHRISTMAS         | Paper chain kit 50's Christmas
            LUNCH BAG  BLACK SKULL.                | Lunch bag black skull
            Essential USB-C cable (blue)           | Essential USB-C cable (blue)
            Corvane X2 Smartphone 64 GB            | Corvane X2 Smartphone 64 GB
            """)
    void allCapsNamesAreWrittenInSentenceCaseAndOthersAreKept(String name, String readable) {
        assertThat(ProductNames.readable(name)).isEqualTo(readable);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Max wireless earbuds (black)            | true
            60 teatime fairy cake cases             | true
            Brightline Stacking Chairs, Set of 4    | true
            Pack of 72 retrospot cake cases         | false
            Set/20 red retrospot paper napkins      | false
            15cm Christmas glass ball 20 lights     | false
            Jam making set with jars                | false
            Colorline Fine Tip Markers 12-Pack      | false
            Paper chain kit 50's Christmas          | false
            Essential USB-C cable (blue)            | false
            """)
    void aNameIsPluralWhenItsHeadNounIs(String name, boolean plural) {
        assertThat(ProductNames.plural(name)).isEqualTo(plural);
    }
}
