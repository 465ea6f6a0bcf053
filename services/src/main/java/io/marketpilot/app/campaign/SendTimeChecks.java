package io.marketpilot.app.campaign;

import io.marketpilot.campaigns.audience.ConsentRule;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.Consent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is checked again when a claimed batch is about to leave, since its audience was resolved when the campaign was
 * scheduled: a suppression (an unsubscribe, a bounce) or a withdrawn consent since then wins, and so does the
 * frequency cap — campaigns scheduled side by side, or a journey's messages since, could each have taken the same
 * room, and where campaigns overlap the higher priority takes a customer's cap first, whichever sends first. Each is
 * read once per batch.
 */
final class SendTimeChecks {
    private final CampaignStores stores;
    private final FrequencyCap cap;

    SendTimeChecks(CampaignStores stores, FrequencyCap cap) {
        this.stores = stores;
        this.cap = cap;
    }

    /** The facts of one batch of the campaign, read now. */
    Batch read(Campaign campaign, List<ClaimedMessage> planned, Instant now) {
        if (planned.isEmpty()) {
            return new Batch(Set.of(), Set.of(), new HashMap<>(), Map.of());
        }
        List<String> ids =
                planned.stream().map(p -> p.queued().key().customerId()).toList();
        return new Batch(
                stores.suppressions()
                        .containing(
                                planned.stream().map(ClaimedMessage::address).toList(), campaign.channel()),
                withdrawnConsent(campaign, ids),
                new HashMap<>(stores.contacts().countsSince(ids, cap.periodStart(now))),
                stores.queue().awaitingFromHigherPriority(ids, campaign.priority(), now.plus(cap.period())));
    }

    /** One batch's facts, and what it admitted so far. */
    final class Batch {
        private final Set<AddressHash> suppressed;
        private final Set<String> optedOut;
        /** Each recipient's messages within the cap's period, this batch's admitted ones included. */
        private final Map<String, Integer> received;
        /** The room in each recipient's cap that higher-priority campaigns hold with messages still to send. */
        private final Map<String, Integer> reserved;

        private Batch(
                Set<AddressHash> suppressed,
                Set<String> optedOut,
                Map<String, Integer> received,
                Map<String, Integer> reserved) {
            this.suppressed = suppressed;
            this.optedOut = optedOut;
            this.received = received;
            this.reserved = reserved;
        }

        /** Why the message may not leave now, or empty when it may (and then it counts toward its recipient's cap). */
        Optional<String> refusal(ClaimedMessage message) {
            String customer = message.queued().key().customerId();
            int had = received.getOrDefault(customer, 0);
            if (suppressed.contains(message.address())) {
                return Optional.of("the address was suppressed after the campaign was scheduled");
            }
            if (optedOut.contains(customer)) {
                return Optional.of("the customer opted out after the campaign was scheduled");
            }
            if (!cap.allowsAnother(had)) {
                return Optional.of("the customer reached the frequency cap (" + capInWords()
                        + ") through other messages after the campaign was scheduled");
            }
            if (!cap.allowsAnother(had + reserved.getOrDefault(customer, 0))) {
                return Optional.of("the rest of the customer's frequency cap (" + capInWords()
                        + ") is held by higher-priority campaigns still to send");
            }
            received.merge(customer, 1, Integer::sum);
            return Optional.empty();
        }
    }

    private String capInWords() {
        return cap.maxMessages() + " in " + cap.period().toDays() + " days";
    }

    /**
     * Customers who withdrew since the audience was resolved: their latest consent on a topic that applies says no
     * (opted out, or a double opt-in started again and still pending), by the library's {@link ConsentRule}.
     */
    private Set<String> withdrawnConsent(Campaign campaign, List<String> ids) {
        Map<String, List<Consent>> byCustomer = new HashMap<>();
        for (Consent c : stores.consents().latestFor(ids, campaign.channel())) {
            byCustomer.computeIfAbsent(c.customerId(), k -> new ArrayList<>()).add(c);
        }
        Set<String> out = new HashSet<>();
        byCustomer.forEach((customer, latest) -> {
            if (ConsentRule.withdrawn(latest, campaign.channel(), campaign.topic())) {
                out.add(customer);
            }
        });
        return out;
    }
}
