package io.marketpilot.store.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.core.delivery.MessageMetadata;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.delivery.Unsubscribe;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.Database;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo's outbox, run against every real database by the subclasses. */
abstract class OutboxContract {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    protected Database db;
    JdbcOutbox outbox;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeEach
    void setUp() {
        db = open();
        outbox = new JdbcOutbox(db);
    }

    @AfterEach
    void tearDown() {
        cleanUp();
        db.close();
    }

    static OutgoingMessage message(String key, String recipient, String subject) {
        return OutgoingMessage.builder(key, "outbox", recipient, "Hello,\n\nspring is here.")
                .subject(subject)
                .metadata(MessageMetadata.campaign("spring", "C1"))
                .build();
    }

    @Test
    void everyPartOfAMessageComesBack() {
        OutgoingMessage full = OutgoingMessage.builder("spring/C1", "email", "ana@example.com", "Text part ünïcödé")
                .subject("Spring picks for you, Ana")
                .html("<p>HTML part</p>")
                .unsubscribe(new Unsubscribe(
                        URI.create("https://shop.example/u/abc?sig=1"),
                        Optional.of(URI.create("mailto:unsubscribe@shop.example?subject=abc"))))
                .header("Reply-To", "help@shop.example")
                .header("X-Campaign", "spring")
                .metadata(MessageMetadata.campaign("spring", "C1").withContent("12", "B"))
                .build();
        OutgoingMessage bare = OutgoingMessage.builder("test-1", "outbox", "+351 912 345 678", "SMS text")
                .build();

        OutboxEntry stored = outbox.save(full, T0);
        assertThat(stored.message()).isEqualTo(full);
        assertThat(stored.storedAt()).isEqualTo(T0);
        assertThat(outbox.find("spring/C1")).contains(stored);
        assertThat(outbox.save(bare, T0).message()).isEqualTo(bare);
        assertThat(outbox.find("nope")).isEmpty();
    }

    @Test
    void aMessageIsStoredOnceUnderItsKeyAndNumberedInTheOrderStored() {
        OutboxEntry first = outbox.save(message("k1", "ana@example.com", "First"), T0);
        OutboxEntry second = outbox.save(message("k2", "ben@example.com", "Second"), T0.plusSeconds(1));
        OutboxEntry again = outbox.save(message("k1", "ana@example.com", "A retry after a crash"), T0.plusSeconds(2));

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(again).isEqualTo(first);
        assertThat(outbox.count()).isEqualTo(2);
    }

    @Test
    void thePageIsNewestFirstAndSearchesKeyRecipientAndSubject() {
        outbox.save(message("spring/C1", "ana@example.com", "Spring picks"), T0);
        outbox.save(message("spring/C2", "ben@example.com", "Spring picks"), T0);
        outbox.save(message("autumn/C1", "ana@example.com", "Autumn clearance"), T0);

        var page = outbox.page(PageRequest.first(2));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(e -> e.message().key()).containsExactly("autumn/C1", "spring/C2");
        assertThat(outbox.page(new PageRequest(0, 10, "BEN@")).items())
                .extracting(e -> e.message().key())
                .containsExactly("spring/C2");
        assertThat(outbox.page(new PageRequest(0, 10, "clearance")).items()).hasSize(1);
        assertThat(outbox.page(new PageRequest(0, 10, "spring/")).items()).hasSize(2);
    }

    @Test
    void forgettingACustomerDeletesTheMessagesWrittenForThemOrSentToTheirAddress() {
        db.jdbi().useHandle(h -> h.execute("INSERT INTO customers (id, email) VALUES ('C1', 'Ana@Example.com')"));
        outbox.save(message("spring/C1", "someone@example.com", "For C1"), T0);
        outbox.save(
                OutgoingMessage.builder("optin-1", "outbox", "ana@example.com", "Confirm")
                        .build(),
                T0);
        outbox.save(
                OutgoingMessage.builder("spring/C2", "outbox", "ben@example.com", "Hi Ben")
                        .metadata(MessageMetadata.campaign("spring", "C2"))
                        .build(),
                T0);

        int erased = db.jdbi().inTransaction(h -> JdbcOutbox.erasure().erase(h, "C1"));

        assertThat(erased).isEqualTo(2);
        assertThat(outbox.page(PageRequest.first(10)).items())
                .extracting(e -> e.message().key())
                .containsExactly("spring/C2");
    }
}
