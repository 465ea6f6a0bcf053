package io.marketpilot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamedOptionsTest {
    private static final Set<String> NAMES = Set.of("--in", "--seed");

    @Test
    void readsValuesByNameWithFallbacks() {
        NamedOptions options = NamedOptions.parse(new String[] {"--in", "a.csv"}, NAMES, "usage: T");

        assertThat(options.required("--in")).isEqualTo("a.csv");
        assertThat(options.number("--seed", 42)).isEqualTo(42);
        assertThat(options.get("--seed", "none")).isEqualTo("none");
    }

    @Test
    void rejectsUnknownNamesMissingValuesAndMissingRequiredOptions() {
        assertThatThrownBy(() -> NamedOptions.parse(new String[] {"--out", "x"}, NAMES, "usage: T"))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("bad argument '--out'; usage: T");
        assertThatThrownBy(() -> NamedOptions.parse(new String[] {"--in"}, NAMES, "usage: T"))
                .isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() ->
                        NamedOptions.parse(new String[0], NAMES, "usage: T").required("--in"))
                .hasMessage("missing --in; usage: T");
        assertThatThrownBy(() -> NamedOptions.parse(new String[] {"--seed", "x"}, NAMES, "usage: T")
                        .number("--seed", 1))
                .hasMessageContaining("--seed must be a whole number");
    }
}
