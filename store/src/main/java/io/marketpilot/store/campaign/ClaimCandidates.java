package io.marketpilot.store.campaign;

import io.marketpilot.core.campaign.SendState;
import io.marketpilot.store.UtcTimestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The claimable rows of one campaign, earliest due first: pending and retrying messages whose time has come, and
 * claimed ones whose lease lapsed. Each of the three is read on its own, walking the {@code send_queue_due} index
 * (campaign, state, next attempt, id) in order, so a read stops after {@code limit} rows; the three are then merged.
 * One query with {@code state IN (…) OR …} made both databases read and sort every row of the campaign for each batch
 * of 25, so sending a 100,000-message campaign cost about three times more per message than a 10,000 one.
 */
final class ClaimCandidates {
    /**
     * H2 follows an index's order only when the {@code ORDER BY} names the index's columns from its first, though the
     * first two are fixed by the condition; PostgreSQL reads it the same way.
     */
    private static final String IN_INDEX_ORDER = " ORDER BY campaign_id, state, next_attempt_at, id LIMIT :limit";

    private static final String DUE = "SELECT id, next_attempt_at FROM send_queue WHERE campaign_id = :campaign AND"
            + " state = :state AND next_attempt_at <= :now AND customer_id IS NOT NULL" + IN_INDEX_ORDER;
    private static final String LAPSED = "SELECT id, next_attempt_at FROM send_queue WHERE campaign_id = :campaign AND"
            + " state = :state AND lease_until < :now AND customer_id IS NOT NULL" + IN_INDEX_ORDER;

    private record Candidate(long id, Instant nextAttemptAt) {}

    private ClaimCandidates() {}

    /**
     * Up to {@code limit} claimable ids, earliest next attempt first (then oldest row). With {@code skipLocked}
     * (PostgreSQL, inside the claiming transaction) each read locks what it returns and passes over rows another
     * claim holds; the few it locked beyond the limit are freed when that transaction ends.
     */
    static List<Long> earliest(Handle h, String campaignId, Instant now, int limit, boolean skipLocked) {
        String lock = skipLocked ? " FOR UPDATE SKIP LOCKED" : "";
        List<Candidate> all = new ArrayList<>();
        all.addAll(read(h, DUE + lock, campaignId, SendState.PENDING, now, limit));
        all.addAll(read(h, DUE + lock, campaignId, SendState.RETRY, now, limit));
        all.addAll(read(h, LAPSED + lock, campaignId, SendState.CLAIMED, now, limit));
        return all.stream()
                .sorted(Comparator.comparing(Candidate::nextAttemptAt).thenComparingLong(Candidate::id))
                .limit(limit)
                .map(Candidate::id)
                .toList();
    }

    private static List<Candidate> read(
            Handle h, String sql, String campaignId, SendState state, Instant now, int limit) {
        return h.createQuery(sql)
                .bind("campaign", campaignId)
                .bind("state", state.wireName())
                .bind("now", UtcTimestamps.of(now))
                .bind("limit", limit)
                .map((rs, ctx) -> new Candidate(rs.getLong("id"), UtcTimestamps.read(rs, "next_attempt_at")))
                .list();
    }
}
