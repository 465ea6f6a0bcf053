package io.marketpilot.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentDetectorTest {
    private final IntentDetector detector = new IntentDetector();

    @Test
    void detectsEachIntentInEnglishAndChinese() {
        assertThat(detector.detect("How long is the warranty?")).isEqualTo(Intent.QUESTION);
        assertThat(detector.detect("Where is my parcel? Tracking shows nothing"))
                .isEqualTo(Intent.ORDER_ISSUE);
        assertThat(detector.detect("I want a refund for order 12")).isEqualTo(Intent.ORDER_ISSUE);
        assertThat(detector.detect("This is unacceptable, worst shop ever")).isEqualTo(Intent.COMPLAINT);
        assertThat(detector.detect("Can you recommend a gift for my dad?")).isEqualTo(Intent.PURCHASE);
        assertThat(detector.detect("Let me talk to a person")).isEqualTo(Intent.HANDOFF_REQUEST);
        assertThat(detector.detect("我要转人工")).isEqualTo(Intent.HANDOFF_REQUEST);
        assertThat(detector.detect("我要投诉，太差了")).isEqualTo(Intent.COMPLAINT);
        assertThat(detector.detect("我的包裹还没收到")).isEqualTo(Intent.ORDER_ISSUE);
        assertThat(detector.detect("有什么推荐的吗")).isEqualTo(Intent.PURCHASE);
    }

    @Test
    void theMostUrgentIntentWins() {
        assertThat(detector.detect("Terrible! My package is broken, get me a human"))
                .isEqualTo(Intent.HANDOFF_REQUEST);
        assertThat(detector.detect("Awful: my order never arrived")).isEqualTo(Intent.COMPLAINT);
    }

    @Test
    void intentLabelsAreReadInTheWaysATrainingFileSpellsThem() {
        assertThat(IntentDetector.named("order_issue")).contains(Intent.ORDER_ISSUE);
        assertThat(IntentDetector.named("Order issue")).contains(Intent.ORDER_ISSUE);
        assertThat(IntentDetector.named("handoff-request")).contains(Intent.HANDOFF_REQUEST);
        assertThat(IntentDetector.named("warranty")).isEmpty();
    }
}
