package io.marketpilot.app.campaign;

import io.marketpilot.campaigns.report.Attribution;
import io.marketpilot.campaigns.report.CustomerOutcome;
import io.marketpilot.campaigns.report.HoldoutLift;
import io.marketpilot.campaigns.report.OrderFact;
import io.marketpilot.core.campaign.AudienceCounts;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.store.OrderRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign's report: its queue and events as the store counts them, its audience as resolved at scheduling, and
 * the lift of its recipients over its holdout at 95 % confidence. Both groups are measured from the moment the
 * audience was resolved over the attribution window, on sale orders (dated in the shop's zone), the first order per
 * customer in the window being the conversion and its merchandise total the revenue. A bandit campaign's ended
 * attribution windows are closed first ({@link BanditWindows}), so the report's user sees the bandit learn from them.
 */
final class CampaignReports {
    static final double CONFIDENCE = 0.95;

    private final CampaignStores stores;
    private final OrderRepository orders;
    private final CampaignChannels channels;
    private final BanditWindows windows;
    private final ZoneId shopZone;

    CampaignReports(
            CampaignStores stores,
            OrderRepository orders,
            CampaignChannels channels,
            BanditWindows windows,
            Clock clock) {
        this.stores = stores;
        this.orders = orders;
        this.channels = channels;
        this.windows = windows;
        this.shopZone = clock.getZone();
    }

    CampaignReport report(Campaign campaign) {
        windows.close(campaign);
        Map<String, Long> queue = new LinkedHashMap<>();
        stores.queue().counts(campaign.id()).forEach((state, n) -> queue.put(state.wireName(), n));
        Map<String, Long> events = new LinkedHashMap<>();
        stores.events().counts(campaign.id()).forEach((kind, n) -> events.put(kind.wireName(), n));
        Map<String, Long> customers = new LinkedHashMap<>();
        stores.events().customerCounts(campaign.id()).forEach((kind, n) -> customers.put(kind.wireName(), n));
        Optional<AudienceCounts> audience = stores.audiences().counts(campaign.id());
        Map<String, Long> leftOut = new LinkedHashMap<>();
        for (LeaveOutReason reason : LeaveOutReason.values()) {
            leftOut.put(
                    reason.wireName(),
                    audience.map(a -> a.leftOut().getOrDefault(reason, 0L)).orElse(0L));
        }
        return new CampaignReport(
                campaign.id(),
                campaign.name(),
                campaign.status().wireName(),
                channels.describe(campaign.channel()),
                channels.reachesRecipients(campaign.channel()),
                queue,
                events,
                customers,
                audience.map(AudienceCounts::resolvedAt).orElse(null),
                audience.map(AudienceCounts::recipients).orElse(0L),
                leftOut,
                audience.map(a -> lift(campaign, a.resolvedAt())).orElse(null));
    }

    private HoldoutLiftView lift(Campaign campaign, Instant resolvedAt) {
        List<String> recipients = Page.readAll(page -> stores.audiences().recipients(campaign.id(), page));
        List<String> holdout =
                Page.readAll(page -> stores.audiences().leftOut(campaign.id(), LeaveOutReason.HOLDOUT, page));
        Set<String> measured = new HashSet<>(recipients);
        measured.addAll(holdout);
        List<OrderFact> facts = new ArrayList<>();
        Instant until = resolvedAt.plus(campaign.attributionWindow());
        orders.forEach(o -> {
            if (o.kind() == OrderKind.SALE && o.customerId() != null && measured.contains(o.customerId())) {
                Instant at = o.orderedAt().atZone(shopZone).toInstant();
                if (!at.isBefore(resolvedAt) && at.isBefore(until)) {
                    facts.add(new OrderFact(o.customerId(), o.id(), at, o.merchandiseTotal()));
                }
            }
        });
        Attribution attribution = new Attribution(campaign.attributionWindow());
        List<CustomerOutcome> treated = attribution.outcomes(Attribution.everyoneAt(recipients, resolvedAt), facts);
        List<CustomerOutcome> control = attribution.outcomes(Attribution.everyoneAt(holdout, resolvedAt), facts);
        return HoldoutLiftView.of(
                HoldoutLift.compare(treated, control, CONFIDENCE),
                campaign.attributionWindow().toHours());
    }
}
