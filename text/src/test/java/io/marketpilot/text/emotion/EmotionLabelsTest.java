package io.marketpilot.text.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.sentiment.learned.LabelledText;
import io.marketpilot.text.sentiment.learned.LogisticHeadFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionLabelsTest {

    @Test
    void mergesTheCorpusNineLabelsIntoSeven() {
        assertThat(EmotionLabels.merge("Disgust")).isEqualTo("anger");
        assertThat(EmotionLabels.merge("guilt")).isEqualTo("shame");
        assertThat(EmotionLabels.merge("joy")).isEqualTo("joy");
        assertThat(EmotionLabels.mapping().values()).isSubsetOf(EmotionLabels.ALL);
        assertThatThrownBy(() -> EmotionLabels.merge("boredom")).isInstanceOf(MarketPilotException.class);
    }

    @Test
    void capKeepsAtMostNPerLabelAndIsSeeded() {
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new LabelledText("j" + i, "joy"));
        }
        rows.add(new LabelledText("f", "fear"));

        List<LabelledText> a = EmotionDataset.capPerLabel(rows, 3, 7);

        assertThat(a).hasSize(4);
        assertThat(a).isEqualTo(EmotionDataset.capPerLabel(rows, 3, 7));
    }

    @Test
    void theShippedHeadPredictsTheDocumentedLabelsOnBgeSmallEnglishVectors() {
        var head = LogisticHeadFile.readResource(EmotionService.RESOURCE);

        assertThat(head.labels()).isEqualTo(EmotionLabels.ALL);
        assertThat(head.dimension()).isEqualTo(384);
        assertThat(head.provenance().get("model")).isEqualTo("bge-small-en-v1.5+emotion-logreg/1");
        assertThat(head.provenance().get("labels.merged")).contains("disgust->anger");
    }
}
