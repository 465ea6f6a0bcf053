package io.marketpilot.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import org.junit.jupiter.api.Test;

/** Option handling only: the evaluation needs the review data sets of ../shared/data and both ONNX models. */
class SentimentHoldoutMainTest {

    @Test
    void needsBothDataSetsBeforeLoadingAnyModel() {
        assertThatThrownBy(() -> SentimentHoldoutMain.run(new String[] {"--en", "reviews-en"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("missing --zh");
    }
}
