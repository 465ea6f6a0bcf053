package io.marketpilot.app.cli;

import io.marketpilot.app.services.Services;
import io.marketpilot.app.webhook.DeliveryView;
import io.marketpilot.app.webhook.NewSubscription;
import io.marketpilot.app.webhook.SubscriptionView;
import io.marketpilot.app.webhook.WebhookService;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketpilot webhook …}: subscriptions to the product's events, their delivery logs, and replay. */
@Command(
        name = "webhook",
        description = "Webhooks out: subscribe a URL to events (add), list, remove, read deliveries, replay one.")
public final class WebhookCommand {
    @Command(
            name = "add",
            description = "Subscribe a URL (https, or http on this machine) to events. Without --secret one is"
                    + " generated and printed once.")
    int add(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "URL") String url,
            @Option(
                            names = "--event",
                            required = true,
                            split = ",",
                            description = "Event types, repeated or comma-separated: message.sent, message.opened,"
                                    + " message.clicked, message.bounced, contact.unsubscribed, journey.entered,"
                                    + " journey.exited, experiment.decided, conversation.escalated,"
                                    + " segment.run_finished")
                    List<String> events,
            @Option(names = "--secret", description = "The signing secret, at least 16 characters") @Nullable
                    String secret,
            @Option(names = "--as", description = "Who subscribes it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        String key = secret;
        if (key == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            key = HexFormat.of().formatHex(random);
        }
        try (Services app = store.open()) {
            SubscriptionView s =
                    app.webhooks.service.subscribe(new NewSubscription(url, events, key), CampaignArguments.actor(as));
            if (CampaignPrinter.json(format)) {
                Output.json(s, System.out);
            } else {
                System.out.println("Subscribed " + s.id() + " " + s.url() + " to " + String.join(", ", s.events()));
            }
            if (secret == null) {
                System.err.println("Signing secret (store it now, it is not shown again): " + key);
            }
        }
        return 0;
    }

    @Command(name = "list", description = "Every subscription (never its secret).")
    int list(
            @Mixin StoreOptions store,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String format) {
        try (Services app = store.open()) {
            List<SubscriptionView> all = app.webhooks.service.subscriptions();
            if (format.equals("json")) {
                Output.json(all, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SubscriptionView s : all) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", s.id());
                row.put("url", s.url());
                row.put("events", String.join(",", s.events()));
                row.put("active", s.active());
                row.put("createdBy", s.createdBy());
                rows.add(row);
            }
            Output.rows(rows, format, System.out);
        }
        return 0;
    }

    @Command(name = "remove", description = "Remove a subscription and its delivery log.")
    int remove(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "ID") long id,
            @Option(names = "--as", description = "Who removes it (default: the OS user)") String as) {
        try (Services app = store.open()) {
            app.webhooks.service.remove(id, CampaignArguments.actor(as));
            System.out.println("Removed subscription " + id);
        }
        return 0;
    }

    @Command(name = "deliveries", description = "A subscription's delivery log, newest first.")
    int deliveries(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "SUBSCRIPTION") long id,
            @Option(names = "--limit", defaultValue = "50", description = "1–" + WebhookService.LOG_LIMIT) int limit,
            @Option(names = "--format", defaultValue = "table", description = "table | json | jsonl | csv")
                    String format) {
        try (Services app = store.open()) {
            List<DeliveryView> log = app.webhooks.service.deliveries(id, limit);
            if (format.equals("json")) {
                Output.json(log, System.out);
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DeliveryView d : log) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", d.id());
                row.put("event", d.event());
                row.put("status", d.status());
                row.put("attempts", d.attempts());
                row.put("code", d.lastResponseCode() == null ? "" : d.lastResponseCode());
                row.put("created", d.createdAt().toString());
                row.put("error", d.lastError());
                rows.add(row);
            }
            Output.rows(rows, format, System.out);
        }
        return 0;
    }

    @Command(
            name = "replay",
            description = "Queue a failed or dead delivery again. The server's worker posts it; --now posts every due"
                    + " delivery from this process.")
    int replay(
            @Mixin StoreOptions store,
            @Parameters(paramLabel = "DELIVERY") long id,
            @Option(names = "--now", description = "Post due deliveries now, from this process") boolean now,
            @Option(names = "--as", description = "Who replays it (default: the OS user)") String as,
            @Option(names = "--format", defaultValue = "table", description = CampaignPrinter.TABLE_OR_JSON)
                    String format) {
        try (Services app = store.open()) {
            DeliveryView d = app.webhooks.service.replay(id, CampaignArguments.actor(as));
            if (now) {
                app.webhooks.worker.deliverDue();
                d = app.webhooks.service.deliveries(d.subscriptionId(), WebhookService.LOG_LIMIT).stream()
                        .filter(x -> x.id() == id)
                        .findFirst()
                        .orElse(d);
            }
            if (CampaignPrinter.json(format)) {
                Output.json(d, System.out);
            } else {
                System.out.println("Delivery " + d.id() + " of " + d.event() + ": " + d.status()
                        + (d.lastResponseCode() == null ? "" : " (HTTP " + d.lastResponseCode() + ")"));
            }
        }
        return 0;
    }
}
