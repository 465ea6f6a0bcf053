package io.marketpilot.text.sentiment.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {
    private static List<LabelledText> rows() {
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new LabelledText("row " + i, i < 70 ? LabelledText.POSITIVE : LabelledText.NEGATIVE));
        }
        return rows;
    }

    @Test
    void holdsOutTwentyPercentOfEachLabel() {
        StratifiedSplit split = StratifiedSplit.of(rows(), 0.2, 42);
        assertThat(split.test()).hasSize(20);
        assertThat(split.train()).hasSize(80).doesNotContainAnyElementsOf(split.test());
        assertThat(split.test().stream().filter(r -> r.label().equals(LabelledText.POSITIVE)))
                .hasSize(14);
    }

    @Test
    void picksTheSameRowsForTheSameSeedAndOthersForAnother() {
        assertThat(StratifiedSplit.of(rows(), 0.2, 42)).isEqualTo(StratifiedSplit.of(rows(), 0.2, 42));
        assertThat(StratifiedSplit.of(rows(), 0.2, 43).test())
                .isNotEqualTo(StratifiedSplit.of(rows(), 0.2, 42).test());
    }

    @Test
    void unquotesCsvFieldsWithDoubledQuotes() {
        assertThat(ReviewDatasets.unquote("\"好，\"\"很\"\"好\"")).isEqualTo("好，\"很\"好");
        assertThat(ReviewDatasets.unquote("plain")).isEqualTo("plain");
    }
}
