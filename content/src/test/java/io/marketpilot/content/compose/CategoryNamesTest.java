package io.marketpilot.content.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryNamesTest {
    static final PhraseBank EN = PhraseBank.load("en");
    static final PhraseBank ZH = PhraseBank.load("zh");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Furniture > Chairs          | chairs           | true
            Office Supplies/Paper       | paper            | false
            Technology > Phones         | phones           | true
            Home office                 | home-office gear | false
            USB Cables                  | USB cables       | true
            Furniture                   | furniture        | false
            """)
    void englishCopyNamesTheMostSpecificPartWithItsNumber(String category, String text, boolean plural) {
        assertThat(CategoryNames.english(category, EN)).isEqualTo(new Slot(text, plural));
    }

    @Test
    void chineseCopyUsesTheDictionaryTheShopsOwnChineseOrNothing() {
        assertThat(CategoryNames.chinese("Technology > Phones", ZH)).isEqualTo("手机");
        assertThat(CategoryNames.chinese("Furniture > Chairs", ZH)).isEqualTo("椅子");
        assertThat(CategoryNames.chinese("Cables", ZH)).isEqualTo("数据线");
        // an unknown leaf falls back to its parent, then to nothing (the composer then says 商品)
        assertThat(CategoryNames.chinese("Furniture > Ottomans", ZH)).isEqualTo("家具");
        assertThat(CategoryNames.chinese("Widgets", ZH)).isEmpty();
        assertThat(CategoryNames.chinese("家居 > 灯具", ZH)).isEqualTo("灯具");
    }

    @Test
    void templatesAgreeWithTheSlotsNumber() {
        String template = "Your favourite {category} {category:is|are} back.";

        assertThat(PhraseBank.fill(template, Map.of("category", new Slot("chairs", true))))
                .isEqualTo("Your favourite chairs are back.");
        assertThat(PhraseBank.fill(template, Map.of("category", Slot.singular("furniture"))))
                .isEqualTo("Your favourite furniture is back.");
    }
}
