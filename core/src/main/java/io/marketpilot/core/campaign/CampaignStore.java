package io.marketpilot.core.campaign;

import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Campaign definitions and where each stands. */
public interface CampaignStore {
    /** Stores a new campaign; an id in use is a conflict, never an overwrite. */
    void create(Campaign campaign);

    /**
     * Replaces the definition of a stored campaign that is a draft (as stored and as given); an unknown id is not
     * found, any other state a conflict: what was approved is not changed behind the approver's back.
     */
    void updateDraft(Campaign campaign);

    /** The campaign with this id, if there is one. */
    Optional<Campaign> find(String id);

    /**
     * Where the campaign with this id stands, if there is one: what a sender asks between batches, without reading
     * the definition's lists.
     */
    Optional<CampaignStatus> status(String id);

    /** Campaigns, newest first, optionally only those in one state; the page's query matches id or name. */
    Page<Campaign> list(Optional<CampaignStatus> status, PageRequest page);

    /**
     * Moves a campaign from {@code expected} to {@code updated}'s state and approval, in one compare-and-set: when
     * the stored state is not {@code expected} (another request moved it first) nothing changes and the answer is
     * empty. {@code updated} is what {@link Campaign#moveTo} made of the campaign in {@code expected}.
     *
     * @param at when it moved, for the history of its states
     * @return the stored campaign after the move, or empty when it was not in {@code expected}
     */
    Optional<Campaign> moveStatus(CampaignStatus expected, Campaign updated, Instant at);

    /**
     * Stores the campaign that carries one send step of a journey (one per journey, version and send step), marked as
     * the journey's: {@link #list} leaves it out, and its sender never closes it as done. Returns false, changing
     * nothing, when a campaign with its id exists already (the step's campaign was created before).
     */
    boolean createForJourney(Campaign campaign);

    /** The journeys' send-step campaigns that are sending: the sender serves their queues as a campaign's. */
    List<Campaign> journeySending();
}
