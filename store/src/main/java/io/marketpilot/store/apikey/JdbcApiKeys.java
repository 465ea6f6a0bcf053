package io.marketpilot.store.apikey;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.access.ApiKey;
import io.marketpilot.core.access.ApiKeys;
import io.marketpilot.core.access.Role;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import io.marketpilot.store.audit.JdbcAuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues and checks API keys of the form {@code mp_<id>_<secret>}. Only a SHA-256 of the whole key is stored; keys
 * carry 192 random bits, so a salt-free fast hash is enough (as for other high-entropy tokens).
 */
public final class JdbcApiKeys implements ApiKeys {
    private static final String PREFIX = "mp_";

    private final Database db;
    private final JdbcAuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public JdbcApiKeys(Database db, JdbcAuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Issued create(String name, Role role, String actor) {
        if (name == null || name.isBlank()) {
            throw MarketPilotException.invalid("An API key needs a name");
        }
        TextRules.requireFits("name", name.strip(), FieldLimits.NAME);
        String id = hex(6);
        String secret = PREFIX + id + "_" + hex(24);
        LocalDateTime now = LocalDateTime.now(clock);
        db.jdbi().useTransaction(h -> {
            h.execute(
                    "INSERT INTO api_keys (id, name, role, key_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                    id,
                    name.strip(),
                    role.wireName(),
                    sha256(secret),
                    now);
            audit.record(h, actor, "apikey.create", id, "name=" + name.strip() + " role=" + role.wireName());
        });
        return new Issued(new ApiKey(id, name.strip(), role, now, null), secret);
    }

    /** The active key a presented secret belongs to, compared in constant time. */
    @Override
    public Optional<ApiKey> verify(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        int sep = presented.indexOf('_', PREFIX.length());
        if (sep < 0) {
            return Optional.empty();
        }
        String id = presented.substring(PREFIX.length(), sep);
        byte[] hash = sha256(presented).getBytes(StandardCharsets.US_ASCII);
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM api_keys WHERE id = ? AND revoked_at IS NULL")
                .bind(0, id)
                .map((rs, ctx) -> Map.entry(rs.getString("key_hash"), map(rs)))
                .findFirst()
                .filter(e -> MessageDigest.isEqual(hash, e.getKey().getBytes(StandardCharsets.US_ASCII)))
                .map(Map.Entry::getValue));
    }

    /** The key with this id if it is still active: what a session opened with it may still do. */
    @Override
    public Optional<ApiKey> active(String id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM api_keys WHERE id = ? AND revoked_at IS NULL")
                .bind(0, id)
                .map((rs, ctx) -> map(rs))
                .findFirst());
    }

    @Override
    public List<ApiKey> list() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM api_keys ORDER BY created_at, id")
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public boolean revoke(String id, String actor) {
        return db.jdbi().inTransaction(h -> {
            int n = h.execute(
                    "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                    LocalDateTime.now(clock),
                    id);
            if (n > 0) {
                audit.record(h, actor, "apikey.revoke", id, "");
            }
            return n > 0;
        });
    }

    private static ApiKey map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ApiKey(
                rs.getString("id"),
                rs.getString("name"),
                Role.parse(rs.getString("role")),
                Sql.dateTime(rs, "created_at"),
                Sql.nullableDateTime(rs, "revoked_at"));
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
