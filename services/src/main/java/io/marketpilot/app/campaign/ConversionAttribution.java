package io.marketpilot.app.campaign;

import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.store.OrderRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns orders into conversions of the experiment campaigns that reached their customer: a sale order placed within
 * a campaign's attribution window after its message was sent ([sent, sent + window), dated in the shop's zone)
 * becomes one {@code conversion} campaign event (its id derived from the campaign and the order, so a replayed order
 * counts once) and is fed to the campaign's experiment with its merchandise total as the value, and, for a bandit,
 * as a reward to the arm the customer was sent. Holdout members are never sent anything, so nothing is attributed to
 * them here; the campaign report measures them from the orders as before.
 */
public final class ConversionAttribution {
    private static final String PREFIX = "conversion:";
    private static final List<CampaignStatus> SENT_STATES =
            List.of(CampaignStatus.SENDING, CampaignStatus.PAUSED, CampaignStatus.DONE);

    private final CampaignStores stores;
    private final OrderRepository orders;
    private final ExperimentFeed feed;
    private final ZoneId shopZone;

    ConversionAttribution(CampaignStores stores, OrderRepository orders, ExperimentFeed feed, Clock clock) {
        this.stores = stores;
        this.orders = orders;
        this.feed = feed;
        this.shopZone = clock.getZone();
    }

    /** An order as attribution reads it. */
    private record Sale(String orderId, String customerId, LocalDateTime orderedAt, double revenue) {}

    /** A message that reached a customer, with its campaign. */
    private record Reached(Campaign campaign, QueuedSend send) {}

    /** Attributes one order just stored; returns how many conversions were new. */
    public int attribute(Order order) {
        Optional<Sale> sale = sale(order);
        if (sale.isEmpty()) {
            return 0;
        }
        Map<String, Optional<Campaign>> campaigns = new HashMap<>();
        int added = 0;
        for (QueuedSend send : stores.queue().sentTo(sale.get().customerId())) {
            Optional<Campaign> campaign = campaigns.computeIfAbsent(send.key().campaignId(), stores.campaigns()::find);
            if (campaign.isPresent()
                    && campaign.get().content() instanceof ContentRef.Experiment
                    && convert(new Reached(campaign.get(), send), sale.get())) {
                added++;
            }
        }
        return added;
    }

    /**
     * Attributes every stored order to the experiment campaigns that have sent: what an import calls, since it does
     * not say which of its orders are new. Orders already attributed count once.
     */
    public int attributeAll() {
        Map<String, List<Reached>> byCustomer = new HashMap<>();
        for (CampaignStatus status : SENT_STATES) {
            for (Campaign c : Page.readAll(page -> stores.campaigns().list(Optional.of(status), page))) {
                if (c.content() instanceof ContentRef.Experiment) {
                    for (QueuedSend send : stores.queue().sent(c.id())) {
                        byCustomer
                                .computeIfAbsent(send.key().customerId(), k -> new ArrayList<>())
                                .add(new Reached(c, send));
                    }
                }
            }
        }
        if (byCustomer.isEmpty()) {
            return 0;
        }
        // collected first, written after: no write while the orders stream
        List<Sale> sales = new ArrayList<>();
        orders.forEach(
                o -> sale(o).filter(s -> byCustomer.containsKey(s.customerId())).ifPresent(sales::add));
        int added = 0;
        for (Sale sale : sales) {
            for (Reached reached : byCustomer.getOrDefault(sale.customerId(), List.of())) {
                if (convert(reached, sale)) {
                    added++;
                }
            }
        }
        return added;
    }

    private static Optional<Sale> sale(Order order) {
        if (order.kind() != OrderKind.SALE || order.customerId() == null) {
            return Optional.empty();
        }
        // a discount can take a sale below zero; the experiments take no negative value
        return Optional.of(
                new Sale(order.id(), order.customerId(), order.orderedAt(), Math.max(0, order.merchandiseTotal())));
    }

    /** Records the sale as the campaign's conversion when it falls in the window; returns whether it was new. */
    private boolean convert(Reached reached, Sale sale) {
        Campaign campaign = reached.campaign();
        Optional<Instant> sentAt = reached.send().sentAt();
        Instant at = sale.orderedAt().atZone(shopZone).toInstant();
        if (sentAt.isEmpty()
                || at.isBefore(sentAt.get())
                || !at.isBefore(sentAt.get().plus(campaign.attributionWindow()))) {
            return false;
        }
        String id = eventId(campaign.id(), sale.orderId());
        boolean added = stores.events()
                .record(new CampaignEvent(
                        id,
                        campaign.id(),
                        sale.customerId(),
                        CampaignEventKind.CONVERSION,
                        at,
                        sale.orderId(),
                        sale.revenue()));
        // fed even when the event was stored before: the feed is idempotent, and finishes a feed a crash cut short
        feed.conversion(
                campaign,
                sale.customerId(),
                reached.send().variant(),
                "campaign-" + id,
                sale.revenue(),
                sale.orderedAt(),
                firstConversion(campaign.id(), sale.customerId(), id));
        return added;
    }

    /** Whether the customer has no conversion from the campaign but this one. */
    private boolean firstConversion(String campaignId, String customerId, String eventId) {
        return Page.readAll(page -> stores.events().forCustomer(customerId, page)).stream()
                .noneMatch(e -> e.kind() == CampaignEventKind.CONVERSION
                        && e.campaignId().equals(campaignId)
                        && !e.id().equals(eventId));
    }

    /**
     * The conversion's event id: the campaign and the order, readable when it fits (with the experiment feed's
     * "campaign-" before it), else a hash of both.
     */
    static String eventId(String campaignId, String orderId) {
        String plain = PREFIX + campaignId + "/" + orderId;
        if (plain.length() + "campaign-".length() <= FieldLimits.EVENT_ID) {
            return plain;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((campaignId + "/" + orderId).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
