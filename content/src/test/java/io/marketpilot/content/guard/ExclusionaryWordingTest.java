package io.marketpilot.content.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The maintained word list: realistic exclusionary copy is flagged, ordinary copy and the composer's banks are not. */
class ExclusionaryWordingTest {
    final ExclusionaryWording list = ExclusionaryWording.standard();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "So easy even your grandma can use it!",
                "Real men don't moisturise. Until now.",
                "Get beach body ready with our summer range.",
                "Crazy prices all weekend long.",
                "Exclusive club: young people only.",
                "Hide your flaws with our shapewear.",
                "连奶奶都会用的智能音箱",
                "女人就该温柔，送她这条围巾",
                "脑残价，错过再等一年"
            })
    void flagsAStereotypedOrExclusionaryPhrase(String copy) {
        assertThat(list.find(copy)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(ExclusionaryWording.RULE);
            assertThat(f.blocking()).isFalse();
        });
    }

    @Test
    void namesTheCategoryAndTheWordsMatched() {
        assertThat(list.find("It’s so easy even grandpa could use it"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("age: \"").contains("grandpa could"));
    }

    @Test
    void flagsEachOfSeveralPhrasesOnce() {
        assertThat(list.find("Crazy prices! So easy even grandma can use it. Real men don't cry."))
                .extracting(Finding::message)
                .hasSize(3)
                .anySatisfy(m -> assertThat(m).startsWith("disability:"))
                .anySatisfy(m -> assertThat(m).startsWith("age:"))
                .anySatisfy(m -> assertThat(m).startsWith("gender:"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi Anna, our spring collection is here: linen shirts, light dresses and 20% off until Sunday.",
                "A gift for her or him: old-fashioned lemonade glasses, set of six.",
                "The little black dress every wardrobe needs, now in petite and plus sizes.",
                "Grandma's apple pie recipe inside, with our enamel baking dish.",
                "Men's and women's running shoes, free returns for 30 days.",
                "Our senior designer picked these for autumn.",
                "Body lotion with shea butter for dry skin.",
                "亲爱的会员，春季新品已上架，全场八折，欢迎选购。",
                "送给爸爸妈妈的健康好礼，老人也喜欢的保温杯。"
            })
    void leavesOrdinaryCopyAlone(String copy) {
        assertThat(list.find(copy)).isEmpty();
    }

    @Test
    void findsNothingInTheComposersOwnPhraseBanks() throws IOException {
        List<String> phrases = new ArrayList<>();
        for (String bank : List.of("en.json", "zh.json")) {
            try (InputStream in = getClass().getResourceAsStream("/io/marketpilot/content/composer/" + bank)) {
                collect(new ObjectMapper().readTree(in), phrases);
            }
        }

        assertThat(phrases).hasSizeGreaterThan(100);
        assertThat(phrases).allSatisfy(p -> assertThat(list.find(p)).as(p).isEmpty());
    }

    @Test
    void everyCategoryHasRulesInBothLanguages() {
        for (String category : List.of("age", "gender", "ethnicity", "disability", "religion", "body")) {
            for (String language : List.of("en", "zh")) {
                assertThat(list.rules())
                        .as(category + "/" + language)
                        .anyMatch(r ->
                                r.category().equals(category) && r.language().equals(language));
            }
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collect(child, out));
    }
}
