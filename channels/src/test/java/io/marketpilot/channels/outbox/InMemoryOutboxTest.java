package io.marketpilot.channels.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.channels.TestMessages;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryOutboxTest {
    private static final Instant AT = Instant.parse("2025-03-06T09:30:00Z");

    private static InMemoryOutbox filled(int n) {
        InMemoryOutbox outbox = new InMemoryOutbox();
        for (int i = 1; i <= n; i++) {
            outbox.save(TestMessages.message("spring:C-" + i, "customer" + i + "@example.com"), AT.plusSeconds(i));
        }
        return outbox;
    }

    @Test
    void pagesNewestFirstWithTheTotal() {
        Page<OutboxEntry> page = filled(5).page(new PageRequest(1, 2, null));

        assertThat(page.items()).extracting(OutboxEntry::id).containsExactly(4L, 3L);
        assertThat(page.total()).isEqualTo(5);
        assertThat(filled(5).page(new PageRequest(10, 2, null)).items()).isEmpty();
    }

    @Test
    void searchesKeyRecipientAndSubjectIgnoringCase() {
        InMemoryOutbox outbox = filled(12);

        assertThat(outbox.page(new PageRequest(0, 10, "CUSTOMER1")).items())
                .extracting(e -> e.message().recipient())
                .containsExactly(
                        "customer12@example.com",
                        "customer11@example.com",
                        "customer10@example.com",
                        "customer1@example.com");
        assertThat(outbox.page(new PageRequest(0, 10, "spring:c-7")).total()).isEqualTo(1);
        assertThat(outbox.page(new PageRequest(0, 10, "offers for you")).total())
                .isEqualTo(12);
        assertThat(outbox.page(new PageRequest(0, 10, "nowhere")).items()).isEmpty();
    }

    @Test
    void findsByKeyAndCounts() {
        InMemoryOutbox outbox = filled(3);

        assertThat(outbox.find("spring:C-2")).map(OutboxEntry::id).contains(2L);
        assertThat(outbox.find("spring:C-9")).isEmpty();
        assertThat(outbox.count()).isEqualTo(3);
    }
}
