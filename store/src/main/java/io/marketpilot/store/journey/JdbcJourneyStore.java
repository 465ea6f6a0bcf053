package io.marketpilot.store.journey;

import io.marketpilot.core.journey.Journey;
import io.marketpilot.core.journey.JourneyStatus;
import io.marketpilot.core.journey.JourneyStore;
import io.marketpilot.core.journey.JourneyVersion;
import io.marketpilot.store.Database;
import io.marketpilot.store.DuplicateKey;
import io.marketpilot.store.UtcTimestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Journeys in {@code journeys} and their versions in {@code journey_versions}. A save takes the next version number
 * from {@code latest_version} with a compare-and-set, so two saves racing for one journey get consecutive versions and
 * neither is lost.
 */
public final class JdbcJourneyStore implements JourneyStore {
    /** How often a save tries again after another save took the version number it read. */
    private static final int SAVE_TRIES = 20;

    private final Database db;

    public JdbcJourneyStore(Database db) {
        this.db = db;
    }

    @Override
    public JourneyVersion save(
            String journeyId, String name, String definition, String actor, Instant at, JourneyStatus whenNew) {
        for (int attempt = 0; attempt < SAVE_TRIES; attempt++) {
            try {
                Optional<JourneyVersion> saved =
                        db.jdbi().inTransaction(h -> saveOnce(h, journeyId, name, definition, actor, at, whenNew));
                if (saved.isPresent()) {
                    return saved.get();
                }
            } catch (RuntimeException e) {
                // another server created the journey between our read and our insert: read again
                if (!DuplicateKey.causedBy(e)) {
                    throw e;
                }
            }
        }
        throw new io.marketpilot.core.MarketPilotException(
                io.marketpilot.core.ErrorCode.CONFLICT,
                "Journey '" + journeyId + "' is being saved by others too often; try again",
                java.util.Map.of("id", journeyId));
    }

    private static Optional<JourneyVersion> saveOnce(
            Handle h,
            String journeyId,
            String name,
            String definition,
            String actor,
            Instant at,
            JourneyStatus whenNew) {
        Optional<Integer> latest = h.createQuery("SELECT latest_version FROM journeys WHERE id = ?")
                .bind(0, journeyId)
                .mapTo(Integer.class)
                .findOne();
        int version = latest.map(v -> v + 1).orElse(1);
        JourneyVersion saved = new JourneyVersion(journeyId, version, name, definition, actor, at);
        if (latest.isEmpty()) {
            h.createUpdate("INSERT INTO journeys (id, name, status, latest_version, created_by, created_at)"
                            + " VALUES (:id, :name, :status, 1, :actor, :at)")
                    .bind("id", journeyId)
                    .bind("name", name)
                    .bind("status", whenNew.wireName())
                    .bind("actor", actor)
                    .bind("at", UtcTimestamps.of(at))
                    .execute();
        } else if (h.createUpdate("UPDATE journeys SET latest_version = :next, name = :name WHERE id = :id AND"
                                + " latest_version = :latest")
                        .bind("next", version)
                        .bind("name", name)
                        .bind("id", journeyId)
                        .bind("latest", latest.get())
                        .execute()
                == 0) {
            return Optional.empty();
        }
        h.createUpdate("INSERT INTO journey_versions (journey_id, version, name, definition, created_by, created_at)"
                        + " VALUES (:id, :version, :name, :definition, :actor, :at)")
                .bind("id", journeyId)
                .bind("version", version)
                .bind("name", name)
                .bind("definition", definition)
                .bind("actor", actor)
                .bind("at", UtcTimestamps.of(at))
                .execute();
        return Optional.of(saved);
    }

    @Override
    public Optional<Journey> find(String journeyId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM journeys WHERE id = ?")
                .bind(0, journeyId)
                .map((rs, ctx) -> journey(rs))
                .findOne());
    }

    @Override
    public List<Journey> list() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM journeys ORDER BY id")
                .map((rs, ctx) -> journey(rs))
                .list());
    }

    @Override
    public Optional<JourneyVersion> version(String journeyId, int version) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM journey_versions WHERE journey_id = ? AND version = ?")
                        .bind(0, journeyId)
                        .bind(1, version)
                        .map((rs, ctx) -> version(rs))
                        .findOne());
    }

    @Override
    public List<JourneyVersion> versions(String journeyId) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM journey_versions WHERE journey_id = ? ORDER BY version")
                        .bind(0, journeyId)
                        .map((rs, ctx) -> version(rs))
                        .list());
    }

    @Override
    public List<JourneyVersion> activeLatest() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT v.* FROM journey_versions v JOIN journeys j ON"
                        + " j.id = v.journey_id AND j.latest_version = v.version WHERE j.status = ? ORDER BY j.id")
                .bind(0, JourneyStatus.ACTIVE.wireName())
                .map((rs, ctx) -> version(rs))
                .list());
    }

    @Override
    public boolean setStatus(String journeyId, JourneyStatus status) {
        return db.jdbi().withHandle(h -> h.createUpdate("UPDATE journeys SET status = ? WHERE id = ?")
                        .bind(0, status.wireName())
                        .bind(1, journeyId)
                        .execute())
                == 1;
    }

    private static Journey journey(ResultSet rs) throws SQLException {
        return new Journey(
                rs.getString("id"),
                rs.getString("name"),
                JourneyStatus.parse(rs.getString("status")),
                rs.getInt("latest_version"),
                rs.getString("created_by"),
                UtcTimestamps.read(rs, "created_at"));
    }

    private static JourneyVersion version(ResultSet rs) throws SQLException {
        return new JourneyVersion(
                rs.getString("journey_id"),
                rs.getInt("version"),
                rs.getString("name"),
                rs.getString("definition"),
                rs.getString("created_by"),
                UtcTimestamps.read(rs, "created_at"));
    }
}
