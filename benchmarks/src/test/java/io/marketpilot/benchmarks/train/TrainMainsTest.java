package io.marketpilot.benchmarks.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import org.junit.jupiter.api.Test;

/** Option handling only: a training run embeds thousands of texts and takes minutes. */
class TrainMainsTest {

    @Test
    void sentimentTrainingNeedsBothDataSetsAndAnOutputFolder() {
        assertThatThrownBy(() -> TrainSentimentMain.run(new String[] {"--en", "reviews-en", "--zh", "zh.csv"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("missing --out");
        assertThatThrownBy(() -> TrainSentimentMain.run(new String[] {"--input", "x"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("bad argument '--input'");
    }

    @Test
    void sentimentTrainingRecordsTheCommandThatReproducesIt() {
        assertThat(TrainSentimentMain.command(new String[] {"--en", "d", "--zh", "z.csv", "--out", "o"}))
                .endsWith("java -cp benchmarks/target/benchmarks.jar "
                        + "io.marketpilot.benchmarks.train.TrainSentimentMain --en d --zh z.csv --out o");
    }

    @Test
    void emotionTrainingNeedsItsInputAndAWholeCap() {
        assertThatThrownBy(() -> TrainEmotionMain.run(new String[] {"--out", "."}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("missing --input");
        assertThatThrownBy(() -> TrainEmotionMain.run(new String[] {"--input", "e.csv", "--cap", "many"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("--cap must be a whole number");
    }
}
