package io.marketpilot.app.durability;

import io.marketpilot.app.Application;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentProvenance;
import io.marketpilot.core.content.ContentReview;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.content.ContentTarget;
import io.marketpilot.core.domain.Customer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shop the journey durability tests run: opted-in customers, two approved e-mails and a journey that sends the
 * first on a {@code signed_up} event, waits, and sends the second; and the configuration that points a server's
 * e-mail at the test's SMTP server.
 */
record JourneyShop(List<String> customers, long hello, long followUp) {
    static final String JOURNEY = "signup-series";
    static final String HELLO_SUBJECT = "Hello ";
    static final String FOLLOW_UP_SUBJECT = "Still there, ";
    static final String SECRET = "the journey durability test's campaigns secret";
    private static final Instant SIGNED_UP = Instant.parse("2026-01-01T00:00:00Z");

    /** Fills the store with {@code count} customers (ids {@code J0000…}), opted in to e-mail, and the two e-mails. */
    static JourneyShop fill(StoreUnderTest store, int count) {
        try (Services app = Application.open(store.config())) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = String.format(Locale.ROOT, "J%04d", i);
                ids.add(id);
                app.customers.save(
                        new Customer(id, address(id), "Customer " + id, "Germany", "Berlin", LocalDate.of(2025, 1, 1)));
                app.stores
                        .campaigns()
                        .consents()
                        .record(new Consent(
                                id,
                                ChannelKind.EMAIL,
                                Consent.ALL_TOPICS,
                                ConsentStatus.OPTED_IN,
                                ConsentSource.IMPORT,
                                SIGNED_UP,
                                "sign-up form"));
            }
            long hello = approvedEmail(app, HELLO_SUBJECT);
            long followUp = approvedEmail(app, FOLLOW_UP_SUBJECT);
            return new JourneyShop(ids, hello, followUp);
        }
    }

    static String address(String customerId) {
        return customerId.toLowerCase(Locale.ROOT) + "@example.com";
    }

    private static long approvedEmail(Services app, String subject) {
        ContentItem item = app.stores
                .contentItems()
                .saveAll(List.of(new ContentItem(
                        0,
                        "journey-durability",
                        LocalDateTime.parse("2026-04-01T10:00:00"),
                        new ContentTarget("email", "en", "Everyone", null, null, "news", "friendly"),
                        "news",
                        "{\"subject\":\"" + subject + "{{first_name}}\",\"body\":\"Hi {{first_name}},\\n\\nGlad you"
                                + " are here.\"}",
                        "",
                        "{}",
                        new ContentProvenance("test", "hand-written", ""),
                        ContentReview.draft())))
                .getFirst();
        return app.stores
                .contentItems()
                .review(item.id(), ContentStatus.APPROVED, "bob", "", LocalDateTime.parse("2026-04-02T10:00:00"))
                .id();
    }

    /**
     * The journey: on {@code signed_up}, the first e-mail, a wait of {@code pause}, the second e-mail, the end. A
     * customer may enter again whenever they sign up again, so only the store's keys stand between a repeated event
     * and a second series.
     */
    String journey(Duration pause) {
        return """
                {
                  "id": "%s",
                  "name": "Sign-up series",
                  "trigger": {"type": "event", "event": "signed_up"},
                  "steps": [
                    {"id": "hello", "type": "send", "channel": "email", "content": {"type": "approved", "ids": [%d]}},
                    {"id": "pause", "type": "wait", "duration": "%s"},
                    {"id": "follow-up", "type": "send", "channel": "email",
                     "content": {"type": "approved", "ids": [%d]}}
                  ],
                  "reEntry": {"type": "always"},
                  "holdout": 0
                }
                """.formatted(JOURNEY, hello, pause, followUp);
    }

    /** A configuration file beside {@code dir}'s logs: e-mail to the SMTP server on {@code smtpPort}, no quiet hours. */
    static Path config(Path dir, int smtpPort) throws IOException {
        Path config = dir.resolve("marketpilot.yaml");
        Files.writeString(config, """
                smtp:
                  host: 127.0.0.1
                  port: %d
                  starttls: none
                  from: news@shop.example
                campaigns:
                  quiet-hours: none
                  secret: %s
                """.formatted(smtpPort, SECRET), StandardCharsets.UTF_8);
        return config;
    }
}
