package io.marketpilot.store.campaign;

import io.marketpilot.core.campaign.Contact;
import io.marketpilot.core.campaign.ContactLog;
import io.marketpilot.store.Database;
import io.marketpilot.store.DuplicateKey;
import io.marketpilot.store.UtcTimestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The contact log in {@code contact_log}, one row per customer, campaign and occurrence (a journey step's message per
 * entry), which frequency caps count.
 */
public final class JdbcContactLog implements ContactLog {
    private static final List<String> COLUMNS =
            List.of("customer_id", "campaign_id", "occurrence", "channel", "contacted_at");

    private final Database db;

    public JdbcContactLog(Database db) {
        this.db = db;
    }

    @Override
    public void record(Contact contact) {
        String sql =
                db.dialect().insertIgnore("contact_log", COLUMNS, List.of("customer_id", "campaign_id", "occurrence"));
        try {
            db.jdbi().useHandle(h -> h.createUpdate(sql)
                    .bind(0, contact.customerId())
                    .bind(1, contact.campaignId())
                    .bind(2, contact.occurrence())
                    .bind(3, contact.channel().wireName())
                    .bind(4, UtcTimestamps.of(contact.at()))
                    .execute());
        } catch (RuntimeException e) {
            // recorded by another worker in the same instant: the first record stands, as for any repeat
            if (!DuplicateKey.causedBy(e)) {
                throw e;
            }
        }
    }

    @Override
    public Map<String, Integer> countsSince(Collection<String> customerIds, Instant since) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(customerIds));
        Map<String, Integer> counts = new HashMap<>();
        db.jdbi().useHandle(h -> {
            for (int from = 0; from < ids.size(); from += JdbcConsentStore.CHUNK) {
                h.createQuery("SELECT customer_id, COUNT(*) AS n FROM contact_log WHERE customer_id IN (<ids>) AND"
                                + " contacted_at >= :since GROUP BY customer_id")
                        .bindList("ids", ids.subList(from, Math.min(ids.size(), from + JdbcConsentStore.CHUNK)))
                        .bind("since", UtcTimestamps.of(since))
                        .map((rs, ctx) -> Map.entry(rs.getString("customer_id"), rs.getInt("n")))
                        .forEach(e -> counts.put(e.getKey(), e.getValue()));
            }
        });
        return counts;
    }
}
