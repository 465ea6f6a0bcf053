package io.marketpilot.store.campaign;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.CampaignStore;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.Database;
import io.marketpilot.store.DuplicateKey;
import io.marketpilot.store.UtcTimestamps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Campaign definitions in {@code campaigns} (and their list tables), with every status move recorded in
 * {@code campaign_status_history}. A move is one compare-and-set, {@code UPDATE … WHERE status = expected}, so of two
 * requests moving the same campaign only one succeeds.
 */
public final class JdbcCampaignStore implements CampaignStore {
    private final Database db;

    public JdbcCampaignStore(Database db) {
        this.db = db;
    }

    /** What the {@code origin} column says of a campaign a marketer wrote. */
    private static final String CAMPAIGN = "campaign";

    /** What the {@code origin} column says of a journey's send-step campaign. */
    private static final String JOURNEY = "journey";

    @Override
    public void create(Campaign campaign) {
        insert(campaign, CAMPAIGN);
    }

    @Override
    public boolean createForJourney(Campaign campaign) {
        if (find(campaign.id()).isPresent()) {
            return false;
        }
        try {
            insert(campaign, JOURNEY);
            return true;
        } catch (MarketPilotException e) {
            // two workers reached the same new send step at once; the other created it
            if (e.code() == ErrorCode.CONFLICT) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Campaign> journeySending() {
        return db.jdbi()
                .withHandle(h -> CampaignRows.withLists(
                        h,
                        h.createQuery("SELECT * FROM campaigns WHERE origin = :origin AND status = :status ORDER BY id")
                                .bind("origin", JOURNEY)
                                .bind("status", CampaignStatus.SENDING.wireName())
                                .map((rs, ctx) -> CampaignRows.row(rs))
                                .list()));
    }

    private void insert(Campaign campaign, String origin) {
        List<String> columns = new java.util.ArrayList<>(CampaignRows.DEFINITION);
        columns.addAll(List.of("id", "status", "created_by", "created_at", "approved_by", "approved_at", "origin"));
        String sql = "INSERT INTO campaigns (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
        try {
            db.jdbi().useTransaction(h -> {
                if (exists(h, campaign.id())) {
                    throw exists(campaign.id());
                }
                CampaignRows.bindDefinition(h.createUpdate(sql), campaign)
                        .bind("id", campaign.id())
                        .bind("status", campaign.status().wireName())
                        .bind("created_by", campaign.createdBy())
                        .bind("created_at", UtcTimestamps.of(campaign.createdAt()))
                        .bind(
                                "approved_by",
                                campaign.approval().map(a -> a.approvedBy()).orElse(null))
                        .bind(
                                "approved_at",
                                UtcTimestamps.of(campaign.approval().map(a -> a.at())))
                        .bind("origin", origin)
                        .execute();
                CampaignRows.writeLists(h, campaign);
                history(h, campaign.id(), Optional.empty(), campaign.status(), campaign.createdAt());
            });
        } catch (RuntimeException e) {
            // a second server created the same id between the check and the insert
            if (DuplicateKey.causedBy(e)) {
                throw exists(campaign.id());
            }
            throw e;
        }
    }

    /**
     * Replaces the definition; the author, creation time, status and approval stay as stored, so an edit cannot
     * change who wrote the campaign (which the four-eyes rule compares the approver with).
     */
    @Override
    public void updateDraft(Campaign campaign) {
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Only a draft's definition may change; this campaign is "
                            + campaign.status().wireName(),
                    Map.of("id", campaign.id()));
        }
        String assignments =
                CampaignRows.DEFINITION.stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        db.jdbi().useTransaction(h -> {
            int updated = CampaignRows.bindDefinition(
                            h.createUpdate(
                                    "UPDATE campaigns SET " + assignments + " WHERE id = :id AND status = :draft"),
                            campaign)
                    .bind("id", campaign.id())
                    .bind("draft", CampaignStatus.DRAFT.wireName())
                    .execute();
            if (updated == 0) {
                Optional<String> status = h.createQuery("SELECT status FROM campaigns WHERE id = ?")
                        .bind(0, campaign.id())
                        .mapTo(String.class)
                        .findOne();
                if (status.isEmpty()) {
                    throw MarketPilotException.notFound("Campaign", campaign.id());
                }
                throw new MarketPilotException(
                        ErrorCode.CONFLICT,
                        "Campaign '" + campaign.id() + "' is " + status.get()
                                + ": only a draft's definition may change",
                        Map.of("id", campaign.id()));
            }
            CampaignRows.writeLists(h, campaign);
        });
    }

    @Override
    public Optional<Campaign> find(String id) {
        return db.jdbi().withHandle(h -> find(h, id));
    }

    @Override
    public Optional<CampaignStatus> status(String id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT status FROM campaigns WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(CampaignStatus::parse));
    }

    /** Newest first, journeys' send-step campaigns left out; the page's query matches the id or the name. */
    @Override
    public Page<Campaign> list(Optional<CampaignStatus> status, PageRequest page) {
        FilteredPage listing = new FilteredPage("campaigns").where("origin", CAMPAIGN);
        status.ifPresent(s -> listing.where("status", s.wireName()));
        Page<CampaignRows.Row> rows =
                listing.run(db, page, List.of("id", "name"), "created_at DESC, id", (rs, ctx) -> CampaignRows.row(rs));
        List<Campaign> campaigns = db.jdbi().withHandle(h -> CampaignRows.withLists(h, rows.items()));
        return new Page<>(campaigns, rows.total(), rows.offset(), rows.limit());
    }

    @Override
    public Optional<Campaign> moveStatus(CampaignStatus expected, Campaign updated, Instant at) {
        if (!expected.canMoveTo(updated.status())) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "A campaign that is " + expected.wireName() + " cannot become "
                            + updated.status().wireName(),
                    Map.of("id", updated.id()));
        }
        return db.jdbi().inTransaction(h -> {
            int moved = h.createUpdate("UPDATE campaigns SET status = :status, approved_by = :approvedBy,"
                            + " approved_at = :approvedAt WHERE id = :id AND status = :expected")
                    .bind("status", updated.status().wireName())
                    .bind(
                            "approvedBy",
                            updated.approval().map(a -> a.approvedBy()).orElse(null))
                    .bind("approvedAt", UtcTimestamps.of(updated.approval().map(a -> a.at())))
                    .bind("id", updated.id())
                    .bind("expected", expected.wireName())
                    .execute();
            if (moved == 0) {
                return Optional.<Campaign>empty();
            }
            history(h, updated.id(), Optional.of(expected), updated.status(), at);
            return find(h, updated.id());
        });
    }

    private static Optional<Campaign> find(Handle h, String id) {
        return h.createQuery("SELECT * FROM campaigns WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> CampaignRows.row(rs))
                .findOne()
                .map(row -> CampaignRows.withLists(h, List.of(row)).get(0));
    }

    private static boolean exists(Handle h, String id) {
        return h.createQuery("SELECT COUNT(*) FROM campaigns WHERE id = ?")
                        .bind(0, id)
                        .mapTo(Long.class)
                        .one()
                > 0;
    }

    private static MarketPilotException exists(String id) {
        return new MarketPilotException(ErrorCode.CONFLICT, "Campaign '" + id + "' exists already", Map.of("id", id));
    }

    private static void history(
            Handle h, String campaignId, Optional<CampaignStatus> from, CampaignStatus to, Instant at) {
        h.createUpdate("INSERT INTO campaign_status_history (campaign_id, from_status, to_status, moved_at) VALUES"
                        + " (:campaign, :from, :to, :at)")
                .bind("campaign", campaignId)
                .bind("from", from.map(CampaignStatus::wireName).orElse(null))
                .bind("to", to.wireName())
                .bind("at", UtcTimestamps.of(at))
                .execute();
    }
}
