package io.marketpilot.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.support.Speaker;
import io.marketpilot.core.support.Turn;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationPolicyTest {
    private static final LocalDateTime AT = LocalDateTime.of(2024, 5, 1, 12, 0);

    private final EscalationPolicy policy = new EscalationPolicy();

    private static SentimentReader.Reading vader(double score) {
        return new SentimentReader.Reading(score, "vader-3.3.2", true);
    }

    private static Turn assistant(String outcome) {
        return new Turn("c", 1, Speaker.ASSISTANT, "", "", 0, outcome, List.of(), "m", AT);
    }

    private static Turn customer() {
        return new Turn("c", 1, Speaker.CUSTOMER, "", "question", 0, "", List.of(), "m", AT);
    }

    @Test
    void angerComplaintsAndRequestsHandOver() {
        assertThat(policy.beforeAnswer(Intent.HANDOFF_REQUEST, vader(0.5))).contains("explicit request");
        assertThat(policy.beforeAnswer(Intent.QUESTION, vader(-0.7)))
                .get()
                .asString()
                .startsWith("anger");
        assertThat(policy.beforeAnswer(Intent.QUESTION, vader(-0.5))).isEmpty();
        assertThat(policy.beforeAnswer(Intent.COMPLAINT, vader(-0.4)))
                .get()
                .asString()
                .startsWith("complaint");
        assertThat(policy.beforeAnswer(Intent.COMPLAINT, vader(-0.1))).isEmpty();
    }

    @Test
    void aPolarityOnlyScoreCountsOnlyForComplaints() {
        var negative = new SentimentReader.Reading(-0.95, "bge-small-zh-v1.5-q+logreg/1", false);

        assertThat(policy.beforeAnswer(Intent.ORDER_ISSUE, negative)).isEmpty();
        assertThat(policy.beforeAnswer(Intent.COMPLAINT, negative)).isPresent();
    }

    @Test
    void theSecondMissInARowHandsOver() {
        assertThat(policy.afterUnanswered(List.of())).isEmpty();
        assertThat(policy.afterUnanswered(List.of(customer(), assistant("answered"), customer())))
                .isEmpty();
        assertThat(policy.afterUnanswered(List.of(customer(), assistant("not_found"), customer())))
                .contains("repeated failure to answer");
        assertThat(policy.afterUnanswered(
                        List.of(customer(), assistant("not_found"), customer(), assistant("answered"), customer())))
                .isEmpty();
    }
}
