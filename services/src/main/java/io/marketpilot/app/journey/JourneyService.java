package io.marketpilot.app.journey;

import io.marketpilot.app.campaign.JourneySendQueue;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.journey.Journey;
import io.marketpilot.core.journey.JourneyStatus;
import io.marketpilot.core.journey.JourneyVersion;
import io.marketpilot.journeys.codec.JourneyCodec;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Step;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Journeys from JSON to report: validate and apply a journey (a changed journey becomes a new version; customers in
 * flight stay on theirs), list and show them, pause and resume them, and report what they did.
 */
public final class JourneyService {
    private final JourneyStores stores;
    private final JourneyDefinitions definitions;
    private final JourneySendQueue sends;
    private final AuditLog audit;
    private final Clock clock;

    JourneyService(
            JourneyStores stores, JourneyDefinitions definitions, JourneySendQueue sends, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.definitions = definitions;
        this.sends = sends;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every problem of the JSON, each with its JSON path; none when it is a valid journey. */
    public JourneyValidation validate(String json) {
        return validateOffline(json);
    }

    /** As {@link #validate}, without a store (the CLI's {@code journey validate FILE}). */
    public static JourneyValidation validateOffline(String json) {
        try {
            JourneyDefinition journey = JourneyCodec.read(json);
            return new JourneyValidation(true, journey.id(), List.of());
        } catch (MarketPilotException e) {
            List<JourneyValidation.Problem> problems = JourneyCodec.problems(e).stream()
                    .map(p -> new JourneyValidation.Problem(p.path(), p.message()))
                    .toList();
            if (problems.isEmpty()) {
                problems = List.of(new JourneyValidation.Problem("$", String.valueOf(e.getMessage())));
            }
            return new JourneyValidation(false, "", problems);
        }
    }

    /**
     * Stores the journey the JSON describes: as version 1 of a new journey (active), as the next version when it
     * differs from the latest, or not at all when it says the same. Its send steps' content must be approved and fit
     * the channel, as a campaign's must.
     *
     * @throws MarketPilotException invalid input listing every problem with its JSON path
     */
    public JourneyApplied apply(String json, String actor) {
        return apply(json, actor, JourneyStatus.ACTIVE);
    }

    /**
     * As {@link #apply}, but a new journey is created paused: a draft (the copilot's, say) that nobody enters until a
     * person reads it and resumes it on the Journeys page.
     */
    public JourneyApplied applyDraft(String json, String actor) {
        return apply(json, actor, JourneyStatus.PAUSED);
    }

    private JourneyApplied apply(String json, String actor, JourneyStatus whenNew) {
        JourneyDefinition journey = JourneyCodec.read(json);
        for (Step step : journey.steps()) {
            if (step instanceof Step.Send send) {
                sends.requireSendable(send.content(), send.channel());
            }
        }
        String canonical = JourneyCodec.write(journey);
        Optional<JourneyVersion> latest = stores.journeys().find(journey.id()).flatMap(j -> stores.journeys()
                .version(j.id(), j.latestVersion()));
        if (latest.isPresent() && definitions.of(latest.get()).equals(journey)) {
            return new JourneyApplied(view(journey.id()), latest.get().version(), false);
        }
        JourneyVersion saved =
                stores.journeys().save(journey.id(), journey.name(), canonical, actor, clock.instant(), whenNew);
        audit.record(actor, "journey.apply", journey.id(), "version=" + saved.version());
        return new JourneyApplied(view(journey.id()), saved.version(), true);
    }

    /** Every journey, by id. */
    public List<JourneyView> list() {
        return stores.journeys().list().stream().map(JourneyView::of).toList();
    }

    public JourneyDetail show(String journeyId) {
        Journey journey = journey(journeyId);
        List<JourneyVersion> versions = stores.journeys().versions(journeyId);
        String latest = versions.isEmpty() ? "" : versions.getLast().definition();
        long inJourney = stores.enrolments().activeByStep(journeyId).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        return new JourneyDetail(
                JourneyView.of(journey),
                versions.stream()
                        .map(v -> new JourneyDetail.Version(v.version(), v.name(), v.createdBy(), v.createdAt()))
                        .toList(),
                latest,
                inJourney);
    }

    /** Nobody new enters, and customers in it stay on their step until it resumes. */
    public JourneyView pause(String journeyId, String actor) {
        return move(journeyId, JourneyStatus.PAUSED, actor);
    }

    /** Takes customers in again, and moves those in it on from where they stood. */
    public JourneyView resume(String journeyId, String actor) {
        return move(journeyId, JourneyStatus.ACTIVE, actor);
    }

    public JourneyReport report(String journeyId) {
        Journey journey = journey(journeyId);
        return JourneyReports.of(
                journey,
                stores.enrolments().stepCounts(journeyId),
                stores.enrolments().activeByStep(journeyId),
                version -> definitions.of(journeyId, version));
    }

    private JourneyView move(String journeyId, JourneyStatus status, String actor) {
        journey(journeyId);
        if (!stores.journeys().setStatus(journeyId, status)) {
            throw MarketPilotException.notFound("Journey", journeyId);
        }
        audit.record(actor, "journey." + (status == JourneyStatus.PAUSED ? "pause" : "resume"), journeyId, "");
        return view(journeyId);
    }

    private JourneyView view(String journeyId) {
        return JourneyView.of(journey(journeyId));
    }

    private Journey journey(String journeyId) {
        return stores.journeys().find(journeyId).orElseThrow(() -> MarketPilotException.notFound("Journey", journeyId));
    }
}
