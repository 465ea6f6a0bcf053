package io.marketpilot.store.experiment;

import io.marketpilot.store.Database;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The learned state of each bandit experiment, kept as the policy's exported JSON. */
public final class BanditStates {
    private final Database db;

    public BanditStates(Database db) {
        this.db = db;
    }

    public Optional<String> find(String experimentId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT state FROM bandit_states WHERE experiment_id = ?")
                .bind(0, experimentId)
                .mapTo(String.class)
                .findOne());
    }

    public void save(String experimentId, String stateJson, LocalDateTime at) {
        db.jdbi().useHandle(h -> h.createUpdate(db.dialect()
                        .upsert(
                                "bandit_states",
                                List.of("experiment_id", "state", "updated_at"),
                                List.of("experiment_id")))
                .bind(0, experimentId)
                .bind(1, stateJson)
                .bind(2, at)
                .execute());
    }
}
