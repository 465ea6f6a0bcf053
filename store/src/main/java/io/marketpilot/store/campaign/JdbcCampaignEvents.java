package io.marketpilot.store.campaign;

import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.CampaignEvents;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.Database;
import io.marketpilot.store.DuplicateKey;
import io.marketpilot.store.UtcTimestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What recipients did, in {@code campaign_events}; the event id is the key, so a pixel fetched twice or a webhook
 * delivered twice is stored, and counted, once.
 */
public final class JdbcCampaignEvents implements CampaignEvents {
    private static final List<String> COLUMNS =
            List.of("id", "campaign_id", "customer_id", "kind", "occurred_at", "detail", "event_value");
    private static final String NEWEST_FIRST = "occurred_at DESC, id";

    private final Database db;

    public JdbcCampaignEvents(Database db) {
        this.db = db;
    }

    @Override
    public boolean record(CampaignEvent event) {
        String sql = db.dialect().insertIgnore("campaign_events", COLUMNS, List.of("id"));
        try {
            return db.jdbi().withHandle(h -> h.createUpdate(sql)
                            .bind(0, event.id())
                            .bind(1, event.campaignId())
                            .bind(2, event.customerId())
                            .bind(3, event.kind().wireName())
                            .bind(4, UtcTimestamps.of(event.at()))
                            .bind(5, event.detail())
                            .bind(6, event.value())
                            .execute())
                    > 0;
        } catch (RuntimeException e) {
            // the same event stored by another server in the same instant (H2's MERGE can race): a replay
            if (DuplicateKey.causedBy(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Map<CampaignEventKind, Long> counts(String campaignId) {
        return countsBy("COUNT(*)", campaignId);
    }

    @Override
    public Map<CampaignEventKind, Long> customerCounts(String campaignId) {
        return countsBy("COUNT(DISTINCT customer_id)", campaignId);
    }

    private Map<CampaignEventKind, Long> countsBy(String aggregate, String campaignId) {
        Map<CampaignEventKind, Long> counts = new EnumMap<>(CampaignEventKind.class);
        db.jdbi().useHandle(h -> h.createQuery(
                        "SELECT kind, " + aggregate + " AS n FROM campaign_events WHERE campaign_id = ? GROUP BY kind")
                .bind(0, campaignId)
                .map((rs, ctx) -> Map.entry(CampaignEventKind.parse(rs.getString("kind")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /** Newest first; the page's query matches the customer id or the detail. */
    @Override
    public Page<CampaignEvent> list(String campaignId, Optional<CampaignEventKind> kind, PageRequest page) {
        FilteredPage listing = new FilteredPage("campaign_events").where("campaign_id", campaignId);
        kind.ifPresent(k -> listing.where("kind", k.wireName()));
        return listing.run(db, page, List.of("customer_id", "detail"), NEWEST_FIRST, (rs, ctx) -> event(rs));
    }

    /** Newest first; the page's query matches the campaign id or the detail. */
    @Override
    public Page<CampaignEvent> forCustomer(String customerId, PageRequest page) {
        return new FilteredPage("campaign_events")
                .where("customer_id", customerId)
                .run(db, page, List.of("campaign_id", "detail"), NEWEST_FIRST, (rs, ctx) -> event(rs));
    }

    private static CampaignEvent event(ResultSet rs) throws SQLException {
        return new CampaignEvent(
                rs.getString("id"),
                rs.getString("campaign_id"),
                rs.getString("customer_id"),
                CampaignEventKind.parse(rs.getString("kind")),
                UtcTimestamps.read(rs, "occurred_at"),
                rs.getString("detail"),
                rs.getDouble("event_value"));
    }
}
