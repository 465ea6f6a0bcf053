package io.marketpilot.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.webhook.DeliveryView;
import io.marketpilot.app.webhook.NewSubscription;
import io.marketpilot.campaigns.links.LinkPurpose;
import io.marketpilot.campaigns.links.LinkToken;
import io.marketpilot.core.domain.Customer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What recipients do through their links reaches webhook subscribers once each, however often the link is used. */
class TrackingWebhooksTest {
    @TempDir
    Path dir;

    @Test
    void anOpenAClickAndAnUnsubscribeAreEachAnnouncedOnce() {
        Path data = dir.resolve("data");
        try (Services app = Application.open(new MarketPilotConfig(data, null, null, null, "127.0.0.1", 0))) {
            app.customers.save(new Customer(
                    "C1", "c1@example.com", "Customer One", "Germany", "Berlin", LocalDate.of(2025, 1, 1)));
            long subscription = app.webhooks
                    .service
                    .subscribe(
                            new NewSubscription(
                                    "http://127.0.0.1:9/hook",
                                    List.of("message.opened", "message.clicked", "contact.unsubscribed"),
                                    "a-secret-of-some-length"),
                            "ann")
                    .id();
            CampaignKeys keys = CampaignKeys.load(Optional.empty(), data);
            Instant issued = Instant.now();

            for (int twice = 0; twice < 2; twice++) {
                app.campaigns.tracking.open(token(keys, LinkPurpose.OPEN, issued, Optional.empty()));
                app.campaigns.tracking.click(
                        token(keys, LinkPurpose.CLICK, issued, Optional.of("https://shop.example/lamps")));
                app.campaigns.tracking.unsubscribe(token(keys, LinkPurpose.UNSUBSCRIBE, issued, Optional.empty()));
            }

            List<String> announced = app.webhooks.service.deliveries(subscription, 50).stream()
                    .map(DeliveryView::event)
                    .sorted()
                    .toList();
            assertThat(announced).containsExactly("contact.unsubscribed", "message.clicked", "message.opened");
        }
    }

    private static String token(CampaignKeys keys, LinkPurpose purpose, Instant issued, Optional<String> target) {
        return keys.links().sign(new LinkToken(purpose, "spring", "C1", issued, target));
    }
}
