package io.marketpilot.app.journey;

import io.marketpilot.app.jobs.PollingWorker;
import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.core.journey.Enrolment;
import io.marketpilot.core.journey.JourneyStatus;
import io.marketpilot.core.journey.JourneyVersion;
import io.marketpilot.core.journey.Move;
import io.marketpilot.core.journey.StepOutcome;
import io.marketpilot.core.journey.StepRecord;
import io.marketpilot.core.webhook.WebhookEventType;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.stepper.Action;
import io.marketpilot.journeys.stepper.CustomerFacts;
import io.marketpilot.journeys.stepper.ExitReason;
import io.marketpilot.journeys.stepper.JourneyStepper;
import io.marketpilot.journeys.stepper.Place;
import io.marketpilot.journeys.stepper.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks customers through their journeys: claims due enrolments under a lease, asks the pure stepper what happens
 * next until it says wait or exit, carries out each send (queued through the campaigns' send queue) and update on
 * the way, and then moves the enrolment with the history of what happened, in one store transaction. The actions come
 * before the move, and each is idempotent, so a worker killed between them leaves the enrolment where it was and the
 * next claim does the same actions again without a second message.
 *
 * <p>In a CLI process {@link #runDue} runs once; on the server {@link #serveInBackground} polls on one daemon thread,
 * and once a day (UTC) sweeps the date triggers.
 */
public final class JourneyWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JourneyWorker.class);

    /** Enrolments claimed at once: small, so that a lease covers a batch with room to spare. */
    static final int BATCH = 50;

    /** How long a claim lasts; a worker not done by then is presumed dead and its enrolments go to another. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** How often the background worker looks for due enrolments when it found none. */
    static final Duration POLL = Duration.ofSeconds(2);

    /** When a paused journey's due enrolment is looked at again. */
    static final Duration PAUSED_RECHECK = Duration.ofMinutes(5);

    private final JourneyStores stores;
    private final JourneyDefinitions definitions;
    private final CustomerFactsReader facts;
    private final JourneySteps steps;
    private final JourneyEntrance entrance;
    private final WebhookEvents webhooks;
    private final Clock clock;
    private final String owner;
    private final PollingWorker background;
    private @Nullable LocalDate swept;

    JourneyWorker(
            JourneyStores stores,
            JourneyDefinitions definitions,
            CustomerFactsReader facts,
            JourneySteps steps,
            JourneyEntrance entrance,
            Clock clock,
            String owner) {
        this.stores = stores;
        this.definitions = definitions;
        this.facts = facts;
        this.steps = steps;
        this.entrance = entrance;
        this.webhooks = entrance.webhooks();
        this.clock = clock;
        this.owner = owner;
        this.background = new PollingWorker("journey-worker", POLL, this::backgroundPass);
    }

    /** The lease owner this worker claims as. */
    public String owner() {
        return owner;
    }

    /**
     * Advances every enrolment due now, batch by batch, until none is due; returns how many it advanced (an enrolment
     * whose lease another worker took in the meantime is not counted).
     */
    public int runDue() {
        int handled = 0;
        for (int round = 0; round < 1_000; round++) {
            Instant now = clock.instant();
            List<Enrolment> claimed = stores.enrolments().claimDue(Lease.of(owner, now, LEASE), now, BATCH);
            for (Enrolment e : claimed) {
                if (advance(e)) {
                    handled++;
                }
            }
            if (claimed.size() < BATCH) {
                break;
            }
        }
        return handled;
    }

    /** Sweeps the date triggers for today (UTC) if this worker has not yet; returns how many entered. */
    public int sweepDay() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        synchronized (this) {
            if (today.equals(swept)) {
                return 0;
            }
            swept = today;
        }
        return entrance.dayBegan(today);
    }

    /** Starts the background worker (the server's), once; it polls every {@link #POLL} while nothing is due. */
    public void serveInBackground() {
        background.start(owner);
    }

    /** Stops the background worker after its current pass (see {@link PollingWorker}). */
    @Override
    public void close() {
        background.close();
    }

    /** One pass of the background worker: today's date triggers (once a day), then the due enrolments. */
    private int backgroundPass() {
        sweepDay();
        return runDue();
    }

    /** Advances one claimed enrolment; false when its lease was lost to another worker before the move. */
    boolean advance(Enrolment e) {
        Instant now = clock.instant();
        boolean paused = stores.journeys()
                .find(e.journeyId())
                .map(j -> j.status() == JourneyStatus.PAUSED)
                .orElse(false);
        if (paused) {
            // customers in a paused journey stay where they are, their step's clock untouched
            return stores.enrolments()
                    .move(
                            e.id(),
                            owner,
                            new Move.Stay(e.stepId(), e.stepEnteredAt(), now.plus(PAUSED_RECHECK), List.of()));
        }
        JourneyVersion version = stores.journeys()
                .version(e.journeyId(), e.version())
                .orElseThrow(
                        () -> MarketPilotException.notFound("Journey version", e.journeyId() + " v" + e.version()));
        JourneyDefinition journey = definitions.of(version);
        CustomerFacts customer = facts.read(journey, e.customerId(), e.enteredAt(), now);
        Place place = new Place(e.stepId(), e.enteredAt(), e.stepEnteredAt(), e.holdout());
        List<StepRecord> history = new ArrayList<>();
        // no journey loops (StepGraph), so each step is passed at most once; the bound only guards that promise
        for (int i = 0; i <= journey.steps().size(); i++) {
            Action action = JourneyStepper.next(journey, place, customer);
            Optional<String> next;
            switch (action) {
                case Action.Wait w -> {
                    return move(e, new Move.Stay(place.stepId(), place.enteredStepAt(), w.until(), history));
                }
                case Action.Exit x -> {
                    history.add(new StepRecord(
                            place.stepId(),
                            x.reason() == ExitReason.GOAL ? StepOutcome.CONVERTED : StepOutcome.EXITED,
                            now));
                    return leave(e, x.reason(), now, history);
                }
                case Action.Continue c -> {
                    history.add(new StepRecord(place.stepId(), outcome(c.transition()), now));
                    next = c.next();
                }
                case Action.Send s -> {
                    Optional<LeaveOutReason> refused = steps.send(version, e, s.step(), s.sendAt());
                    history.add(new StepRecord(
                            place.stepId(), refused.isPresent() ? StepOutcome.NOT_SENT : StepOutcome.SENT, now));
                    next = s.next();
                }
                case Action.Update u -> {
                    steps.update(version, e, u.step(), now);
                    history.add(new StepRecord(place.stepId(), StepOutcome.UPDATED, now));
                    next = u.next();
                }
            }
            if (next.isEmpty()) {
                history.add(new StepRecord(place.stepId(), StepOutcome.EXITED, now));
                return leave(e, ExitReason.END, now, history);
            }
            place = place.movedTo(next.get(), now);
        }
        throw new IllegalStateException("journey " + e.journeyId() + " v" + e.version() + " did not come to rest");
    }

    /**
     * Takes the customer out, announcing {@code journey.exited} first, named by the enrolment: like the sends, the
     * announcement comes before the move, so a worker killed in between announces it again on the next claim and the
     * subscriber, which drops repeats by event id, hears it once.
     */
    private boolean leave(Enrolment e, ExitReason why, Instant now, List<StepRecord> history) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("journeyId", e.journeyId());
        data.put("version", e.version());
        data.put("enrolmentId", e.id());
        data.put("customerId", e.customerId());
        data.put("holdout", e.holdout());
        data.put("reason", reason(why));
        data.put("exitedAt", now.toString());
        webhooks.publish(WebhookEventType.JOURNEY_EXITED, "journey.exited:" + e.id(), data);
        return move(e, new Move.Leave(reason(why), now, history));
    }

    private boolean move(Enrolment e, Move move) {
        boolean moved = stores.enrolments().move(e.id(), owner, move);
        if (!moved) {
            LOG.warn("journey={} enrolment={} lease lost before the move", e.journeyId(), e.id());
        }
        return moved;
    }

    private static String reason(ExitReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    private static StepOutcome outcome(Transition transition) {
        return switch (transition) {
            case WAITED -> StepOutcome.WAITED;
            case EVENT_SEEN -> StepOutcome.EVENT_SEEN;
            case TIMED_OUT -> StepOutcome.TIMED_OUT;
            case BRANCH_THEN -> StepOutcome.BRANCHED_THEN;
            case BRANCH_ELSE -> StepOutcome.BRANCHED_ELSE;
            case HELD_OUT -> StepOutcome.HELD_OUT;
        };
    }
}
