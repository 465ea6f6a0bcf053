package io.marketpilot.app.copilot;

import io.marketpilot.app.campaign.CampaignService;
import io.marketpilot.app.campaign.CampaignStores;
import io.marketpilot.app.campaign.CampaignView;
import io.marketpilot.app.campaign.HoldoutLiftView;
import io.marketpilot.app.campaign.RecipientAddress;
import io.marketpilot.app.insight.Lapses;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.audience.ConsentRule;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.copilot.tools.ShopFacts;
import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.predict.clv.RfmSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The copilot's view of the store, through the services the dashboard's pages read. */
final class StoreShopFacts implements ShopFacts {
    private static final int CHUNK = 1_000;
    /** The most recent campaigns whose results a plan reads. */
    private static final int CAMPAIGNS = 20;

    private final StoreSegments segments;
    private final StorePredictions predictions;
    private final CustomerRepository customers;
    private final CampaignStores campaignStores;
    private final CampaignService campaigns;
    private final AddressHasher hasher;
    private final ConsentPolicy policy;
    private final FrequencyCap cap;
    private final Clock clock;

    StoreShopFacts(
            StoreSegments segments,
            StorePredictions predictions,
            CustomerRepository customers,
            CampaignStores campaignStores,
            CampaignService campaigns,
            AddressHasher hasher,
            ConsentPolicy policy,
            FrequencyCap cap,
            Clock clock) {
        this.segments = segments;
        this.predictions = predictions;
        this.customers = customers;
        this.campaignStores = campaignStores;
        this.campaigns = campaigns;
        this.hasher = hasher;
        this.policy = policy;
        this.cap = cap;
        this.clock = clock;
    }

    @Override
    public Optional<SegmentRun> latestRun() {
        return segments.latest()
                .map(r -> new SegmentRun(
                        r.run().id(),
                        r.run().asOf(),
                        r.segments().stream()
                                .map(s -> new SegmentRow(
                                        StoreSegments.StoredRun.segmentNumber(s),
                                        String.valueOf(s.get("name")),
                                        StoreSegments.StoredRun.segmentSize(s),
                                        StoreSegments.StoredRun.segmentFigure(s, "share")
                                                .doubleValue(),
                                        StoreSegments.StoredRun.segmentFigure(s, "revenueShare")
                                                .doubleValue()))
                                .toList()));
    }

    @Override
    public List<String> members(long runId, int segment) {
        return segments.members(runId).stream()
                .filter(m -> m.segment() == segment)
                .map(m -> m.customerId())
                .toList();
    }

    @Override
    public Predictions values(Collection<String> customerIds) {
        StorePredictions.Snapshot snapshot = predictions.snapshot();
        Lapses lapses = snapshot.lapses();
        Map<String, CustomerValue> found = new HashMap<>();
        for (String id : customerIds) {
            StorePredictions.CustomerOutlook o = snapshot.outlooks().get(id);
            RfmSummary h = lapses.byCustomer().get(id);
            if (o != null && h != null) {
                found.put(
                        id,
                        new CustomerValue(
                                id,
                                o.clv(),
                                o.pAlive(),
                                o.expectedPurchases(),
                                h.frequency(),
                                Lapses.daysSinceLastPurchase(h)));
            }
        }
        return new Predictions(
                found,
                "customer-value@"
                        + predictions
                                .model()
                                .status()
                                .builtAt()
                                .map(Instant::toString)
                                .orElse("unbuilt"),
                lapses.gap());
    }

    @Override
    public Map<String, Integer> sendHours(Collection<String> customerIds) {
        Map<String, Integer> hours = new HashMap<>();
        customerIds.forEach(id -> predictions.sendTime(id).ifPresent(r -> hours.put(id, r.hour())));
        return hours;
    }

    @Override
    public Map<String, String> channels(Collection<String> customerIds) {
        Map<String, String> channels = new HashMap<>();
        customerIds.forEach(id -> predictions.channel(id).ifPresent(p -> channels.put(id, p.channel())));
        return channels;
    }

    @Override
    public Reach reach(Collection<String> customerIds, ChannelKind channel) {
        List<String> ids = List.copyOf(customerIds);
        Map<String, AddressHash> hashes = new HashMap<>();
        for (String id : ids) {
            customers
                    .find(id)
                    .flatMap(c -> RecipientAddress.of(c, channel))
                    .ifPresent(a -> hashes.put(id, hasher.hash(channel, a)));
        }
        Instant now = clock.instant();
        Map<String, List<Consent>> consents = new HashMap<>();
        Set<AddressHash> suppressed = new HashSet<>();
        Map<String, Integer> contacts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            campaignStores.consents().latestFor(chunk, channel).forEach(c -> consents.computeIfAbsent(
                            c.customerId(), k -> new ArrayList<>())
                    .add(c));
            suppressed.addAll(campaignStores
                    .suppressions()
                    .containing(
                            chunk.stream()
                                    .filter(hashes::containsKey)
                                    .map(hashes::get)
                                    .toList(),
                            channel));
            contacts.putAll(campaignStores.contacts().countsSince(chunk, cap.periodStart(now)));
        }
        StorePredictions.Snapshot values = predictions.snapshot();
        int reachable = 0;
        int blocked = 0;
        int noConsent = 0;
        int capped = 0;
        for (Map.Entry<String, AddressHash> e : hashes.entrySet()) {
            String id = e.getKey();
            // a customer with a prediction has bought: the ground the legitimate-interest policy needs
            boolean existing = values.outlooks().containsKey(id);
            if (suppressed.contains(e.getValue())) {
                blocked++;
            } else if (!ConsentRule.allows(
                    consents.getOrDefault(id, List.of()), channel, Optional.empty(), existing, policy)) {
                noConsent++;
            } else if (!cap.allowsAnother(contacts.getOrDefault(id, 0))) {
                capped++;
            } else {
                reachable++;
            }
        }
        return new Reach(ids.size(), hashes.size(), reachable, blocked, noConsent, capped);
    }

    @Override
    public List<CampaignResult> campaignResults() {
        List<CampaignResult> results = new ArrayList<>();
        for (CampaignView c :
                campaigns.list(Optional.empty(), Optional.empty(), 0, CAMPAIGNS).items()) {
            if (c.status().equals("draft")
                    || c.status().equals("awaiting_approval")
                    || c.status().equals("approved")) {
                continue;
            }
            var report = campaigns.report(c.id());
            HoldoutLiftView lift = report.lift();
            Optional<Interval> interval = lift == null
                            || lift.conversionDifference() == null
                            || lift.conversionLow() == null
                            || lift.conversionHigh() == null
                    ? Optional.empty()
                    : Optional.of(new Interval(
                            lift.conversionDifference(),
                            lift.conversionLow(),
                            lift.conversionHigh(),
                            lift.confidence()));
            results.add(new CampaignResult(c.id(), c.name(), c.status(), report.recipients(), interval));
        }
        return results;
    }
}
