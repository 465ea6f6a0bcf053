package io.marketpilot.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.benchmarks.RepositoryFiles;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class HoldoutValidationMainTest {

    @Test
    void printsTheHoldoutTableOfTheCdnowSampleWithThePublishedSplit() {
        String out = HoldoutValidationMain.run(
                new String[] {RepositoryFiles.cdnowSample().toString()});

        assertThat(out)
                .contains("BG/NBD r=0.2426 alpha=4.4136 a=0.7929 b=2.4259")
                .contains("naive");
    }

    @Test
    void rejectsABadDateAndTooManyArguments() {
        assertThatThrownBy(() -> HoldoutValidationMain.run(new String[] {"orders.csv", "last-autumn"}))
                .isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> HoldoutValidationMain.run(new String[] {"a", "1997-09-30", "1998-06-30", "x"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("usage: HoldoutValidationMain");
    }
}
