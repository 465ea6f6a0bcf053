package io.marketpilot.text.sentiment.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogisticHeadFileTest {

    @Test
    void roundTripsWeightsBiasLabelsAndProvenanceExactly(@TempDir Path dir) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("embedding.model", "bge-small-en-v1.5");
        meta.put("data", "tab\tand\nnewline are flattened");
        LogisticHead head = new LogisticHead(
                List.of("negative", "positive"),
                new double[][] {{0.1, -1e-300, Math.PI}, {-0.1, 1e300, -Math.E}},
                new double[] {0.3333333333333333, -4.9e-324},
                meta);
        Path file = dir.resolve("head.tsv");
        LogisticHeadFile.write(head, file);
        LogisticHead back = LogisticHeadFile.read(file);

        assertThat(back.labels()).isEqualTo(head.labels());
        assertThat(back.weights()).isDeepEqualTo(head.weights());
        assertThat(back.bias()).containsExactly(head.bias());
        assertThat(back.provenance())
                .containsEntry("embedding.model", "bge-small-en-v1.5")
                .containsEntry("data", "tab and newline are flattened");
    }

    @Test
    void rejectsAFileWithoutTheFormatLine() {
        byte[] bytes = "labels\ta\tb\nbias\t0\t0\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LogisticHeadFile.read(new ByteArrayInputStream(bytes), "x"))
                .isInstanceOf(MarketPilotException.class);
    }

    @Test
    void shipsBothHeadsOnTheClasspathWithTheirProvenance() {
        LogisticHead en =
                LogisticHeadFile.readResource(EmbeddingSentimentService.RESOURCE_DIR + TrainSentiment.HEAD_FILE_EN);
        LogisticHead zh =
                LogisticHeadFile.readResource(EmbeddingSentimentService.RESOURCE_DIR + TrainSentiment.HEAD_FILE_ZH);
        assertThat(en.dimension()).isEqualTo(384);
        assertThat(zh.dimension()).isEqualTo(512);
        assertThat(en.provenance()).containsEntry("embedding.model", "bge-small-en-v1.5");
        assertThat(zh.provenance()).containsEntry("embedding.model", "bge-small-zh-v1.5-q");
        assertThat(en.labels()).containsExactly("negative", "positive");
    }
}
