package io.marketpilot.store.campaign;

import io.marketpilot.core.campaign.AudienceCounts;
import io.marketpilot.core.campaign.AudienceMember;
import io.marketpilot.core.campaign.CampaignAudiences;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.Database;
import io.marketpilot.store.UtcTimestamps;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved audiences in {@code campaign_audiences} (when) and {@code campaign_audience_members} (who, and why left
 * out: NULL for a recipient), so a campaign's review, left-out counts and holdout report read the same people.
 */
public final class JdbcCampaignAudiences implements CampaignAudiences {
    private static final int BATCH = 2_000;

    private final Database db;

    public JdbcCampaignAudiences(Database db) {
        this.db = db;
    }

    @Override
    public void save(String campaignId, Instant resolvedAt, List<AudienceMember> members) {
        db.jdbi().useTransaction(h -> {
            Campaigns.requireExisting(h, List.of(campaignId));
            h.execute("DELETE FROM campaign_audience_members WHERE campaign_id = ?", campaignId);
            h.execute("DELETE FROM campaign_audiences WHERE campaign_id = ?", campaignId);
            h.createUpdate("INSERT INTO campaign_audiences (campaign_id, resolved_at) VALUES (:campaign, :at)")
                    .bind("campaign", campaignId)
                    .bind("at", UtcTimestamps.of(resolvedAt))
                    .execute();
            for (int from = 0; from < members.size(); from += BATCH) {
                var batch = h.prepareBatch(
                        "INSERT INTO campaign_audience_members (campaign_id, customer_id, left_out) VALUES (?, ?, ?)");
                for (AudienceMember m : members.subList(from, Math.min(members.size(), from + BATCH))) {
                    batch.bind(0, campaignId)
                            .bind(1, m.customerId())
                            .bind(2, m.leftOut().map(LeaveOutReason::wireName).orElse(null))
                            .add();
                }
                batch.execute();
            }
        });
    }

    @Override
    public Optional<AudienceCounts> counts(String campaignId) {
        return db.jdbi().withHandle(h -> {
            Optional<Instant> resolvedAt = h.createQuery(
                            "SELECT resolved_at FROM campaign_audiences WHERE campaign_id = ?")
                    .bind(0, campaignId)
                    .map((rs, ctx) -> UtcTimestamps.read(rs, "resolved_at"))
                    .findOne();
            if (resolvedAt.isEmpty()) {
                return Optional.<AudienceCounts>empty();
            }
            long[] recipients = {0};
            Map<LeaveOutReason, Long> leftOut = new EnumMap<>(LeaveOutReason.class);
            h.createQuery("SELECT left_out, COUNT(*) AS n FROM campaign_audience_members WHERE campaign_id = ?"
                            + " GROUP BY left_out")
                    .bind(0, campaignId)
                    .map((rs, ctx) -> Map.entry(Optional.ofNullable(rs.getString("left_out")), rs.getLong("n")))
                    .forEach(e -> e.getKey()
                            .ifPresentOrElse(
                                    reason -> leftOut.put(LeaveOutReason.parse(reason), e.getValue()),
                                    () -> recipients[0] = e.getValue()));
            return Optional.of(new AudienceCounts(resolvedAt.get(), recipients[0], leftOut));
        });
    }

    /** In id order; the page's query matches the customer id. */
    @Override
    public Page<String> recipients(String campaignId, PageRequest page) {
        return new FilteredPage("campaign_audience_members")
                .where("campaign_id", campaignId)
                .where("left_out IS NULL")
                .run(db, page, List.of("customer_id"), "customer_id", (rs, ctx) -> rs.getString("customer_id"));
    }

    /** In id order; the page's query matches the customer id. */
    @Override
    public Page<String> leftOut(String campaignId, LeaveOutReason reason, PageRequest page) {
        return new FilteredPage("campaign_audience_members")
                .where("campaign_id", campaignId)
                .where("left_out", reason.wireName())
                .run(db, page, List.of("customer_id"), "customer_id", (rs, ctx) -> rs.getString("customer_id"));
    }
}
