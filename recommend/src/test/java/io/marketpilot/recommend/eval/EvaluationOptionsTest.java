package io.marketpilot.recommend.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.recommend.data.InteractionFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvaluationOptionsTest {
    @Test
    void readsEveryOption() {
        EvaluationOptions options = EvaluationOptions.parse(new String[] {
            "--ratings",
            "u.data",
            "--format",
            "movielens",
            "--split",
            "random",
            "--k",
            "5",
            "--seed",
            "7",
            "--test-fraction",
            "0.25",
            "--tune",
            "--json"
        });

        assertThat(options.ratings()).isEqualTo(Path.of("u.data"));
        assertThat(options.format()).isEqualTo(InteractionFormat.MOVIELENS);
        assertThat(options.split()).isEqualTo(SplitMethod.RANDOM);
        assertThat(options.k()).isEqualTo(5);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.testFraction()).isEqualTo(0.25);
        assertThat(options.tune()).isTrue();
        assertThat(options.json()).isTrue();
    }

    @Test
    void defaultsToATemporalSplitAtTen() {
        EvaluationOptions options = EvaluationOptions.parse(new String[] {"--ratings", "x.csv", "--format", "csv"});

        assertThat(options.split()).isEqualTo(SplitMethod.TEMPORAL);
        assertThat(options.k()).isEqualTo(10);
        assertThat(options.segments()).isEmpty();
    }

    @Test
    void rejectsMissingAndUnknownOptions() {
        assertThatThrownBy(() -> EvaluationOptions.parse(new String[] {"--format", "csv"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("--ratings");
        assertThatThrownBy(() -> EvaluationOptions.parse(new String[] {"--ratings", "a", "--format", "csv", "--x"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("unknown option '--x'");
        assertThatThrownBy(() -> EvaluationOptions.parse(new String[] {"--ratings"}))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("needs a value");
    }
}
