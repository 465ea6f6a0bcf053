package io.marketpilot.app.campaign;

import io.marketpilot.app.insight.FeatureTable;
import io.marketpilot.app.insight.ReviewAnalysis;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.campaigns.audience.AudienceCandidate;
import io.marketpilot.campaigns.audience.AudienceFacts;
import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.audience.RuleVocabulary;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.campaigns.holdback.HeldBack;
import io.marketpilot.campaigns.holdback.OpenEscalation;
import io.marketpilot.campaigns.holdback.PromotionHoldback;
import io.marketpilot.campaigns.holdback.ReviewSignal;
import io.marketpilot.campaigns.schedule.CountryTimeZones;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.AudienceRule;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.OrderKind;
import io.marketpilot.core.domain.Review;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ReviewRepository;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads, in bulk, what resolving a campaign's audience needs from the store: the customers its audience spec names
 * (a segment's members, the customers a rule selects from their profile features and attributes, or an uploaded
 * list) with their address hashes, time zones and predicted hours, and their consents, suppressions, recent contacts
 * and grievances (open escalated support conversations, low-rated or strongly negative reviews).
 */
final class AudienceReader {
    /** Ids per query: keeps each IN list well within what both databases take. */
    private static final int CHUNK = 1_000;

    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final ReviewRepository reviews;
    private final ReviewSentiments reviewSentiments;
    private final ConversationRepository conversations;
    private final StoreSegments segments;
    private final StorePredictions predictions;
    private final CampaignStores stores;
    private final AddressHasher hasher;
    private final ConsentPolicy policy;
    private final FrequencyCap cap;
    private final CountryTimeZones zones;

    AudienceReader(
            CustomerRepository customers,
            OrderRepository orders,
            ReviewRepository reviews,
            ReviewSentiments reviewSentiments,
            ConversationRepository conversations,
            StoreSegments segments,
            StorePredictions predictions,
            CampaignStores stores,
            AddressHasher hasher,
            ConsentPolicy policy,
            FrequencyCap cap,
            Clock clock) {
        this.customers = customers;
        this.orders = orders;
        this.reviews = reviews;
        this.reviewSentiments = reviewSentiments;
        this.conversations = conversations;
        this.segments = segments;
        this.predictions = predictions;
        this.stores = stores;
        this.hasher = hasher;
        this.policy = policy;
        this.cap = cap;
        this.zones = new CountryTimeZones(clock.getZone());
    }

    /** What the resolver reads, and the customers it is about. */
    record Input(List<AudienceCandidate> candidates, AudienceFacts facts, Map<String, Customer> customers) {}

    /** Checks that the audience names things that exist (a segment, a rule's features) before a campaign is saved. */
    void requireResolvable(AudienceSpec audience) {
        switch (audience) {
            case AudienceSpec.Segment s -> segmentMembers(s);
            case AudienceSpec.Rule r -> RuleVocabulary.requireKnownNames(r.parsed(), ruleNames(features()));
            case AudienceSpec.UploadedList l -> {
                // any id may be listed; one that is not a customer is left out for having no address
            }
        }
    }

    Input read(Campaign campaign, Instant now) {
        Named named = customersOf(campaign.audience());
        List<String> ids = named.ids();
        Set<String> existing = policy.unknownAllowedForExistingCustomers() ? buyers() : Set.of();
        boolean byPredictedHour = campaign.schedule() instanceof Schedule.SendTime;
        List<AudienceCandidate> candidates = new ArrayList<>(ids.size());
        Map<String, AddressHash> hashes = new HashMap<>();
        for (String id : ids) {
            Optional<Customer> c = Optional.ofNullable(named.found().get(id));
            Optional<AddressHash> hash = c.flatMap(customer -> RecipientFacts.address(customer, campaign.channel()))
                    .map(address -> hasher.hash(campaign.channel(), address));
            hash.ifPresent(h -> hashes.put(id, h));
            candidates.add(new AudienceCandidate(
                    id,
                    hash,
                    existing.contains(id),
                    zones.zoneOf(c.map(Customer::country)),
                    byPredictedHour ? predictions.sendTime(id).map(r -> r.hour()) : Optional.empty()));
        }
        Map<String, List<Consent>> consents = new HashMap<>();
        chunked(ids, chunk -> stores.consents().latestFor(chunk, campaign.channel()))
                .forEach(c -> consents.computeIfAbsent(c.customerId(), k -> new ArrayList<>())
                        .add(c));
        Set<AddressHash> suppressed = new HashSet<>();
        for (List<AddressHash> chunk : chunks(new ArrayList<>(new LinkedHashSet<>(hashes.values())))) {
            suppressed.addAll(stores.suppressions().containing(chunk, campaign.channel()));
        }
        Map<String, Integer> contacts = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            contacts.putAll(stores.contacts().countsSince(chunk, cap.periodStart(now)));
        }
        Set<String> heldBack =
                campaign.promotion() && campaign.holdBackComplaints() ? heldBack(new HashSet<>(ids), now) : Set.of();
        return new Input(candidates, new AudienceFacts(consents, suppressed, contacts, heldBack), named.found());
    }

    /** The ids an audience spec names, in its order, and the customer records of those that are customers. */
    private record Named(List<String> ids, Map<String, Customer> found) {}

    private Named customersOf(AudienceSpec audience) {
        return switch (audience) {
            case AudienceSpec.Segment s -> records(segmentMembers(s));
            case AudienceSpec.UploadedList l -> records(l.customerIds());
            case AudienceSpec.Rule r -> selected(r);
        };
    }

    private List<String> segmentMembers(AudienceSpec.Segment spec) {
        StoreSegments.StoredRun run = spec.runId()
                .map(id -> segments.find(id)
                        .orElseThrow(() -> MarketPilotException.notFound("Segmentation run", String.valueOf(id))))
                .orElseGet(() -> segments.latest()
                        .orElseThrow(() -> MarketPilotException.invalid("There is no segmentation yet: run"
                                + " 'marketpilot segment' (or POST /segments/runs) before a segment campaign")));
        String named =
                spec.index().map(String::valueOf).orElseGet(() -> spec.name().orElse(""));
        int index = run.number(named)
                .orElseThrow(() -> MarketPilotException.invalid("Segmentation run "
                        + run.run().id() + " has no segment '" + named + "'; it has " + run.labels()));
        return segments.members(run.run().id()).stream()
                .filter(m -> m.segment() == index)
                .map(m -> m.customerId())
                .sorted()
                .toList();
    }

    /** The customers a rule selects, in id order. */
    private Named selected(AudienceSpec.Rule spec) {
        AudienceRule rule = spec.parsed();
        FeatureTable table = features();
        RuleVocabulary.requireKnownNames(rule, ruleNames(table));
        Map<String, Customer> chosen = new java.util.TreeMap<>();
        customers.forEach(c -> {
            if (rule.test(table.values(c.id()), attributes(c))) {
                chosen.put(c.id(), c);
            }
        });
        return new Named(new ArrayList<>(chosen.keySet()), chosen);
    }

    private FeatureTable features() {
        return segments.featureTable().get();
    }

    private static Set<String> ruleNames(FeatureTable table) {
        Set<String> names = new LinkedHashSet<>(table.columns());
        names.add("country");
        names.add("city");
        return names;
    }

    private static Map<String, String> attributes(Customer c) {
        Map<String, String> attributes = new HashMap<>();
        if (c.country() != null) {
            attributes.put("country", c.country());
        }
        if (c.city() != null) {
            attributes.put("city", c.city());
        }
        return attributes;
    }

    /** These ids with the records of those that are customers. */
    private Named records(List<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, Customer> found = new HashMap<>();
        customers.forEach(c -> {
            if (wanted.contains(c.id())) {
                found.put(c.id(), c);
            }
        });
        return new Named(ids, found);
    }

    /** Customers with a sale: the ground the legitimate-interest policy needs. */
    private Set<String> buyers() {
        Set<String> buyers = new HashSet<>();
        orders.forEach(o -> {
            if (o.kind() == OrderKind.SALE && o.customerId() != null) {
                buyers.add(o.customerId());
            }
        });
        return buyers;
    }

    /**
     * Candidates the promotion hold-back rule ({@link PromotionHoldback#DEFAULT}) holds back: those with an escalated
     * support conversation still open (conversations tied to a customer: widget visitors stay anonymous), or a review
     * in the look-back that is rated low or whose stored sentiment is at or below the rule's threshold. Review dates
     * are the shop's local times.
     */
    private Set<String> heldBack(Set<String> candidates, Instant now) {
        ZoneId shop = zones.zoneOf(Optional.empty());
        PromotionHoldback rule = PromotionHoldback.DEFAULT;
        List<OpenEscalation> escalations = new ArrayList<>();
        for (Conversation c : conversations.openEscalationsWithCustomer()) {
            c.customerId()
                    .filter(candidates::contains)
                    .ifPresent(id -> escalations.add(
                            new OpenEscalation(id, c.createdAt().atZone(shop).toInstant())));
        }
        Map<String, Double> compounds = new HashMap<>();
        for (ReviewSentiments.CustomerReviewScore s : reviewSentiments.customerScoresSince(
                ReviewAnalysis.MODELS, LocalDateTime.ofInstant(now.minus(rule.lookback()), shop))) {
            if (candidates.contains(s.customerId())) {
                compounds.put(s.reviewId(), s.score());
            }
        }
        List<ReviewSignal> signals = new ArrayList<>();
        for (Review r : Page.readAll(reviews::list)) {
            if (r.customerId() != null && candidates.contains(r.customerId()) && r.createdAt() != null) {
                signals.add(new ReviewSignal(
                        r.customerId(),
                        r.createdAt().atZone(shop).toInstant(),
                        Optional.ofNullable(compounds.get(r.id())),
                        Optional.ofNullable(r.rating())));
            }
        }
        Set<String> held = new HashSet<>();
        for (HeldBack h : rule.heldBack(escalations, signals, now)) {
            held.add(h.customerId());
        }
        return held;
    }

    private static <T, R> List<R> chunked(List<T> items, Function<List<T>, List<R>> read) {
        List<R> out = new ArrayList<>();
        for (List<T> chunk : chunks(items)) {
            out.addAll(read.apply(chunk));
        }
        return out;
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += CHUNK) {
            chunks.add(items.subList(from, Math.min(items.size(), from + CHUNK)));
        }
        return chunks;
    }
}
