package io.marketpilot.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationStatus;
import io.marketpilot.core.webhook.WebhookEventType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationAnnouncerTest {
    private static final String ID = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final LocalDateTime AT = LocalDateTime.parse("2026-05-04T10:00:00");

    private record Published(WebhookEventType type, String eventId, Map<String, ?> data) {}

    private final List<Published> published = new ArrayList<>();
    private final EscalationAnnouncer announcer = new EscalationAnnouncer(
            (type, eventId, data) -> {
                published.add(new Published(type, eventId, data));
                return 1;
            },
            Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void announcesAStableReferenceTheCustomerAndTheReasonButNeverTheConversationsId() {
        announcer.handedOff(conversation(Optional.of("C00042")), "explicit request");
        announcer.handedOff(conversation(Optional.empty()), "repeated failure to answer");

        assertThat(published).hasSize(2).allSatisfy(p -> {
            assertThat(p.type()).isEqualTo(WebhookEventType.CONVERSATION_ESCALATED);
            assertThat(p.eventId()).doesNotContain(ID);
            assertThat(p.data().values()).map(String::valueOf).noneMatch(v -> v.contains(ID));
        });
        Map<String, ?> tied = published.getFirst().data();
        assertThat(tied.get("conversationRef"))
                .isEqualTo(published.get(1).data().get("conversationRef"))
                .isEqualTo(EscalationAnnouncer.reference(ID))
                .asString()
                .hasSize(32);
        assertThat(tied.get("customerId")).isEqualTo("C00042");
        assertThat(tied.get("reason")).isEqualTo("explicit request");
        assertThat(tied.get("channel")).isEqualTo("widget");
        assertThat(published.get(1).data()).doesNotContainKey("customerId");
        assertThat(published.getFirst().eventId()).isNotEqualTo(published.get(1).eventId());
    }

    private static Conversation conversation(Optional<String> customerId) {
        return new Conversation(ID, ConversationStatus.HANDOFF, "widget", "en", "explicit request", AT, AT, customerId);
    }
}
