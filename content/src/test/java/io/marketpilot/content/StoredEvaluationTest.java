package io.marketpilot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.content.guard.Finding;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredEvaluationTest {

    @Test
    void anEvaluationReadsBackAsItWasStored() {
        StoredEvaluation written = new StoredEvaluation(
                Map.of("readability", 61.2, "readabilityMeasure", "flesch"),
                List.of(Finding.warning("spam-trigger", "\"FREE\" reads as spam"), Finding.error("length", "too long")),
                "instagram");

        StoredEvaluation read = StoredEvaluation.fromJson(written.toJson());

        assertThat(read).isEqualTo(written);
        assertThat(read.blocked()).isTrue();
        assertThat(read.findingViews())
                .containsExactly(
                        Map.of("rule", "spam-trigger", "severity", "warning", "message", "\"FREE\" reads as spam"),
                        Map.of("rule", "length", "severity", "error", "message", "too long"));
    }

    @Test
    void anItemWithoutAnEvaluationHasNoScoresNoFindingsAndTheDefaultNetwork() {
        StoredEvaluation empty = StoredEvaluation.fromJson("{}");

        assertThat(empty.scores()).isEmpty();
        assertThat(empty.findings()).isEmpty();
        assertThat(empty.blocked()).isFalse();
        assertThat(empty.network()).isEqualTo("x");
    }

    @Test
    void warningsAloneDoNotBlockApproval() {
        assertThat(new StoredEvaluation(Map.of(), List.of(Finding.warning("sentiment", "flat")), "x").blocked())
                .isFalse();
    }

    @Test
    void anUnreadableEvaluationIsAnInternalError() {
        for (String stored : List.of("not json", "[1, 2]")) {
            assertThatThrownBy(() -> StoredEvaluation.fromJson(stored))
                    .as(stored)
                    .isInstanceOfSatisfying(MarketPilotException.class, e -> assertThat(e.code())
                            .isEqualTo(ErrorCode.INTERNAL));
        }
    }
}
