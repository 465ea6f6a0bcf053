package io.marketpilot.store.campaign;

import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Suppression;
import io.marketpilot.core.campaign.SuppressionList;
import io.marketpilot.core.campaign.SuppressionReason;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.Database;
import io.marketpilot.store.Dialect;
import io.marketpilot.store.DuplicateKey;
import io.marketpilot.store.UtcTimestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Suppressed address hashes in {@code suppressions}: one entry per address and channel, the first reason kept. */
public final class JdbcSuppressionList implements SuppressionList {
    private static final List<String> COLUMNS = List.of("address_hash", "channel", "reason", "suppressed_at", "note");
    private static final List<String> KEY = List.of("address_hash", "channel");

    private final Database db;

    public JdbcSuppressionList(Database db) {
        this.db = db;
    }

    @Override
    public boolean add(Suppression suppression) {
        try {
            return db.jdbi().withHandle(h -> insert(h, db.dialect(), suppression));
        } catch (RuntimeException e) {
            // another server suppressed the same address in the same instant (H2's MERGE can race): it is there
            if (DuplicateKey.causedBy(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Adds the entry inside the caller's transaction unless the address is suppressed on its channel already. */
    static boolean insert(Handle h, Dialect dialect, Suppression s) {
        return h.createUpdate(dialect.insertIgnore("suppressions", COLUMNS, KEY))
                        .bind(0, s.address().hex())
                        .bind(1, s.channel().wireName())
                        .bind(2, s.reason().wireName())
                        .bind(3, UtcTimestamps.of(s.at()))
                        .bind(4, s.note())
                        .execute()
                > 0;
    }

    @Override
    public boolean contains(AddressHash address, ChannelKind channel) {
        return !containing(List.of(address), channel).isEmpty();
    }

    @Override
    public Set<AddressHash> containing(Collection<AddressHash> addresses, ChannelKind channel) {
        List<String> hexes = new ArrayList<>(
                new LinkedHashSet<>(addresses.stream().map(AddressHash::hex).toList()));
        Set<AddressHash> found = new HashSet<>();
        db.jdbi().useHandle(h -> {
            for (int from = 0; from < hexes.size(); from += JdbcConsentStore.CHUNK) {
                h.createQuery("SELECT address_hash FROM suppressions WHERE channel = :channel AND address_hash IN"
                                + " (<hashes>)")
                        .bind("channel", channel.wireName())
                        .bindList("hashes", hexes.subList(from, Math.min(hexes.size(), from + JdbcConsentStore.CHUNK)))
                        .map((rs, ctx) -> AddressHash.parse(rs.getString("address_hash")))
                        .forEach(found::add);
            }
        });
        return found;
    }

    /** Newest first; the page's query matches the hash, the reason or the note. */
    @Override
    public Page<Suppression> list(Optional<ChannelKind> channel, PageRequest page) {
        FilteredPage listing = new FilteredPage("suppressions");
        channel.ifPresent(c -> listing.where("channel", c.wireName()));
        return listing.run(
                db,
                page,
                List.of("address_hash", "reason", "note"),
                "suppressed_at DESC, address_hash, channel",
                (rs, ctx) -> suppression(rs));
    }

    private static Suppression suppression(ResultSet rs) throws SQLException {
        return new Suppression(
                AddressHash.parse(rs.getString("address_hash")),
                ChannelKind.parse(rs.getString("channel")),
                SuppressionReason.parse(rs.getString("reason")),
                UtcTimestamps.read(rs, "suppressed_at"),
                rs.getString("note"));
    }
}
