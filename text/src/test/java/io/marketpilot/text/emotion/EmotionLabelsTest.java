package io.marketpilot.text.emotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.classify.LabelledExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmotionLabelsTest {

    @Test
    void mapsGoEmotionsTwentySevenAndNeutralOntoSeven() {
        assertThat(EmotionLabels.merge("Admiration")).isEqualTo("love");
        assertThat(EmotionLabels.merge("gratitude")).isEqualTo("love");
        assertThat(EmotionLabels.merge("disgust")).isEqualTo("anger");
        assertThat(EmotionLabels.merge("curiosity")).isEqualTo("surprise");
        assertThat(EmotionLabels.merge("nervousness")).isEqualTo("fear");
        assertThat(EmotionLabels.merge("neutral")).isEqualTo("neutral");
        assertThat(EmotionLabels.mapping()).hasSize(28);
        assertThat(EmotionLabels.mapping().values()).isSubsetOf(EmotionLabels.ALL);
        assertThat(EmotionLabels.ALL)
                .allSatisfy(label -> assertThat(EmotionLabels.merge(label)).isEqualTo(label));
        assertThatThrownBy(() -> EmotionLabels.merge("shame")).isInstanceOf(MarketPilotException.class);
    }

    @Test
    void readsGoEmotionsKeepingRowsWhoseLabelsMapToOneClassAndUnescapingQuotes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("emotions.txt"), "admiration\njoy\nanger\nneutral", StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("train.tsv"),
                String.join(
                        "\n",
                        "great work\t0\ta1",
                        "\"\"\"Quoted\"\" and fun\"\t1\ta2",
                        "happy but furious\t1,2\ta3",
                        "fine I guess\t3\ta4"),
                StandardCharsets.UTF_8);

        List<LabelledExample> rows = EmotionDataset.readGoEmotions(dir.resolve("train.tsv"));

        assertThat(rows)
                .containsExactly(
                        new LabelledExample("love", "great work"),
                        new LabelledExample("joy", "\"Quoted\" and fun"),
                        new LabelledExample("neutral", "fine I guess"));
    }

    @Test
    void aGoEmotionsRowWithAnUnknownLabelIdIsRefusedByItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("emotions.txt"), "joy\nneutral", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("dev.tsv"), "ok\t1\ta\nbad\t9\tb\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EmotionDataset.readGoEmotions(dir.resolve("dev.tsv")))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void readsAnRfc4180CsvByItsLabelAndTextColumns(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("zh.csv");
        Files.writeString(
                csv,
                "label,text,source_id\r\njoy,太好了,a1\r\nanger,\"气死了, 真的\"\"烦\"\"\",a2\r\nneutral,\"第一行\n第二行\",a3\r\n",
                StandardCharsets.UTF_8);

        List<LabelledExample> rows = EmotionDataset.readLabelledCsv(csv);

        assertThat(rows)
                .containsExactly(
                        new LabelledExample("joy", "太好了"),
                        new LabelledExample("anger", "气死了, 真的\"烦\""),
                        new LabelledExample("neutral", "第一行\n第二行"));
        Files.writeString(csv, "label,text\nshame,羞\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EmotionDataset.readLabelledCsv(csv)).isInstanceOf(MarketPilotException.class);
    }

    @Test
    void capKeepsAtMostNPerLabelAndIsSeeded() {
        List<LabelledExample> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new LabelledExample("joy", "j" + i));
        }
        rows.add(new LabelledExample("fear", "f"));

        List<LabelledExample> a = EmotionDataset.capPerLabel(rows, 3, 7);

        assertThat(a).hasSize(4);
        assertThat(a).isEqualTo(EmotionDataset.capPerLabel(rows, 3, 7));
    }
}
