package io.marketpilot.store.campaign;

import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.ConsentStore;
import io.marketpilot.store.Database;
import io.marketpilot.store.UtcTimestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The append-only consent history in {@code consents}; the latest statement wins, ties going to the last recorded. */
public final class JdbcConsentStore implements ConsentStore {
    /** Customers per IN list when reading a whole audience's consent. */
    static final int CHUNK = 1_000;

    private static final String NEWEST_FIRST = " ORDER BY stated_at DESC, seq DESC";

    private final Database db;

    public JdbcConsentStore(Database db) {
        this.db = db;
    }

    @Override
    public void record(Consent consent) {
        recordAll(List.of(consent));
    }

    /** One transaction, written in batches of {@value #CHUNK}: all the statements are kept, or none. */
    @Override
    public void recordAll(List<Consent> consents) {
        db.jdbi().useTransaction(h -> {
            for (int from = 0; from < consents.size(); from += CHUNK) {
                var batch = h.prepareBatch("INSERT INTO consents (customer_id, channel, topic, status, source,"
                        + " stated_at, proof) VALUES (?, ?, ?, ?, ?, ?, ?)");
                for (Consent c : consents.subList(from, Math.min(consents.size(), from + CHUNK))) {
                    batch.bind(0, c.customerId())
                            .bind(1, c.channel().wireName())
                            .bind(2, c.topic())
                            .bind(3, c.status().wireName())
                            .bind(4, c.source().wireName())
                            .bind(5, UtcTimestamps.of(c.at()))
                            .bind(6, c.proof())
                            .add();
                }
                batch.execute();
            }
        });
    }

    @Override
    public Optional<Consent> latest(String customerId, ChannelKind channel, String topic) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM consents WHERE customer_id = :customer AND channel ="
                                + " :channel AND topic = :topic" + NEWEST_FIRST + " LIMIT 1")
                        .bind("customer", customerId)
                        .bind("channel", channel.wireName())
                        .bind("topic", topic)
                        .map((rs, ctx) -> consent(rs))
                        .findOne());
    }

    @Override
    public List<Consent> history(String customerId) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM consents WHERE customer_id = :customer" + NEWEST_FIRST)
                        .bind("customer", customerId)
                        .map((rs, ctx) -> consent(rs))
                        .list());
    }

    @Override
    public List<Consent> latestFor(Collection<String> customerIds, ChannelKind channel) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(customerIds));
        List<Consent> latest = new ArrayList<>();
        db.jdbi().useHandle(h -> {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                h.createQuery("SELECT * FROM (SELECT c.*, ROW_NUMBER() OVER (PARTITION BY customer_id, topic"
                                + " ORDER BY stated_at DESC, seq DESC) AS newest FROM consents c WHERE channel ="
                                + " :channel AND customer_id IN (<ids>)) ranked WHERE newest = 1")
                        .bind("channel", channel.wireName())
                        .bindList("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                        .map((rs, ctx) -> consent(rs))
                        .forEach(latest::add);
            }
        });
        return latest;
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        return new Consent(
                rs.getString("customer_id"),
                ChannelKind.parse(rs.getString("channel")),
                rs.getString("topic"),
                ConsentStatus.parse(rs.getString("status")),
                ConsentSource.parse(rs.getString("source")),
                UtcTimestamps.read(rs, "stated_at"),
                rs.getString("proof"));
    }
}
