package io.marketpilot.app.journey;

import io.marketpilot.app.campaign.JourneySendQueue;
import io.marketpilot.app.campaign.RecipientAddress;
import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.ConsentStore;
import io.marketpilot.core.campaign.ContactLog;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.core.campaign.SuppressionList;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.JourneyVersion;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.journeys.definition.Change;
import io.marketpilot.journeys.definition.Step;
import io.marketpilot.journeys.stepper.SendGate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the stepper's sends and updates for one enrolment. Both may be done again after a crash (the worker
 * acts before it moves the customer on): a send's queue key names the enrolment, so it is queued once; a tag is an
 * event whose id names the enrolment and step, so it is stored once; a consent is appended again, saying the same.
 */
final class JourneySteps {
    private static final Logger LOG = LoggerFactory.getLogger(JourneySteps.class);

    private final JourneySendQueue queue;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final EventRepository events;
    private final ConsentStore consents;
    private final SuppressionList suppressions;
    private final ContactLog contacts;
    private final AddressHasher hasher;
    private final ConsentPolicy policy;
    private final FrequencyCap cap;

    record Rules(ConsentPolicy policy, FrequencyCap cap) {}

    JourneySteps(
            JourneySendQueue queue,
            CustomerRepository customers,
            OrderRepository orders,
            EventRepository events,
            ConsentStore consents,
            SuppressionList suppressions,
            ContactLog contacts,
            AddressHasher hasher,
            Rules rules) {
        this.queue = queue;
        this.customers = customers;
        this.orders = orders;
        this.events = events;
        this.consents = consents;
        this.suppressions = suppressions;
        this.contacts = contacts;
        this.hasher = hasher;
        this.policy = rules.policy();
        this.cap = rules.cap();
    }

    /**
     * Queues the step's message for the customer unless the campaigns' rules refuse it now. Returns the refusal, or
     * empty when the message is queued.
     */
    Optional<LeaveOutReason> send(JourneyVersion version, Enrolment enrolment, Step.Send step, Instant sendAt) {
        String customerId = enrolment.customerId();
        Optional<Customer> customer = customers.find(customerId);
        Optional<String> address = customer.flatMap(c -> RecipientAddress.of(c, step.channel()));
        boolean suppressed = address.map(a -> suppressions.contains(hasher.hash(step.channel(), a), step.channel()))
                .orElse(false);
        List<Consent> latest = consents.latestFor(List.of(customerId), step.channel());
        boolean existingCustomer = !orders.forCustomer(customerId).isEmpty();
        int received = contacts.countsSince(List.of(customerId), cap.periodStart(sendAt))
                .getOrDefault(customerId, 0);
        // the log gives counts within the cap's period; the gate counts instants within it, so these stand in
        List<Instant> contacted = Collections.nCopies(received, sendAt);
        Optional<LeaveOutReason> blocked = SendGate.blocked(
                step,
                new SendGate.Recipient(address.isPresent(), suppressed, latest, existingCustomer, contacted),
                policy,
                cap,
                sendAt);
        if (blocked.isPresent()) {
            LOG.info(
                    "journey={} step={} not sent reason={}",
                    version.journeyId(),
                    step.id(),
                    blocked.get().name().toLowerCase(java.util.Locale.ROOT));
            return blocked;
        }
        Campaign campaign = queue.stepCampaign(new JourneySendQueue.StepCampaign(
                version.journeyId(),
                version.version(),
                step.id(),
                version.name(),
                step.channel(),
                step.content(),
                step.topic(),
                version.createdBy()));
        queue.enqueue(campaign, customerId, enrolment.id(), sendAt);
        return Optional.empty();
    }

    /** Applies an update step's change to the customer's record. */
    void update(JourneyVersion version, Enrolment enrolment, Step.Update step, Instant now) {
        String proof = "journey " + version.journeyId() + " v" + version.version() + " step " + step.id();
        switch (step.change()) {
            case Change.AddTag t -> tag(enrolment, step, "added", t.tag(), now);
            case Change.RemoveTag t -> tag(enrolment, step, "removed", t.tag(), now);
            case Change.SetConsent c ->
                consents.record(new Consent(
                        enrolment.customerId(),
                        c.channel(),
                        c.topic(),
                        c.optedIn() ? ConsentStatus.OPTED_IN : ConsentStatus.OPTED_OUT,
                        ConsentSource.JOURNEY,
                        now,
                        proof));
        }
    }

    /**
     * Customers have no tag table: a tag is recorded as an event of the customer's ({@code journey_tag}), which the
     * event history and other journeys' conditions can read; its id names the enrolment and step, so it is stored once.
     */
    private void tag(Enrolment enrolment, Step.Update step, String action, String tag, Instant now) {
        events.saveAll(List.of(new Event(
                "journey-tag-" + enrolment.id() + "-" + step.id(),
                "journey_tag",
                enrolment.customerId(),
                null,
                LocalDateTime.ofInstant(now, ZoneOffset.UTC),
                Map.of("tag", tag, "action", action, "journey", enrolment.journeyId()))));
    }
}
