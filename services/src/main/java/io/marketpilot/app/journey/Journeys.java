package io.marketpilot.app.journey;

import io.marketpilot.app.campaign.JourneySendQueue;
import io.marketpilot.app.experiment.ExperimentService;
import io.marketpilot.app.insight.StorePredictions;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.campaigns.audience.ConsentPolicy;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.campaigns.schedule.CountryTimeZones;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.ConsentStore;
import io.marketpilot.core.campaign.ContactLog;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.SuppressionList;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import java.time.Clock;

/** The journeys' object graph, built by hand: the entrance (triggers), the worker and the service. */
public final class Journeys implements AutoCloseable {
    /** Enrols customers whose triggers fire. */
    public final JourneyEntrance entrance;
    /** Walks enrolled customers through their steps: once from the CLI, in the background on the server. */
    public final JourneyWorker worker;
    /** Apply, list, show, pause, resume, report. */
    public final JourneyService service;

    private Journeys(JourneyEntrance entrance, JourneyWorker worker, JourneyService service) {
        this.entrance = entrance;
        this.worker = worker;
        this.service = service;
    }

    /** What the journeys read and write in the rest of the product. */
    public record Dependencies(
            CustomerRepository customers,
            OrderRepository orders,
            EventRepository events,
            StorePredictions predictions,
            StoreSegments segments,
            ExperimentService experiments,
            JourneySendQueue sends,
            ConsentStore consents,
            SuppressionList suppressions,
            ContactLog contacts,
            AddressHasher addresses,
            AuditLog audit) {}

    /** The campaigns' rules a journey's sends keep, from the campaigns' configuration. */
    public record SendRules(ConsentPolicy consentPolicy, FrequencyCap frequencyCap, QuietHours quietHours) {}

    /**
     * Builds the graph around an entrance built earlier (the event intake calls it).
     *
     * @param owner the lease owner the worker claims as, unique among the store's workers
     */
    public static Journeys create(
            JourneyStores stores,
            JourneyEntrance entrance,
            Dependencies with,
            SendRules rules,
            Clock clock,
            String owner) {
        JourneyDefinitions definitions = entrance.definitions();
        CustomerFactsReader facts = new CustomerFactsReader(
                with.customers(),
                with.events(),
                with.orders(),
                new ProfileReader(with.predictions(), with.segments(), with.experiments()),
                new CountryTimeZones(clock.getZone()),
                rules.quietHours());
        JourneySteps steps = new JourneySteps(
                with.sends(),
                with.customers(),
                with.orders(),
                with.events(),
                with.consents(),
                with.suppressions(),
                with.contacts(),
                with.addresses(),
                new JourneySteps.Rules(rules.consentPolicy(), rules.frequencyCap()));
        JourneyWorker worker = new JourneyWorker(stores, definitions, facts, steps, entrance, clock, owner);
        return new Journeys(
                entrance, worker, new JourneyService(stores, definitions, with.sends(), with.audit(), clock));
    }

    /** Stops the background worker, if it runs. */
    @Override
    public void close() {
        worker.close();
    }
}
