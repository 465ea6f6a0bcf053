package io.marketpilot.store.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.experiment.BanditSnapshot;
import io.marketpilot.core.experiment.BanditStates;
import io.marketpilot.store.Database;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The learned state of each bandit experiment, kept as one JSON object per experiment. */
public final class JdbcBanditStates implements BanditStates {
    // Tolerant of fields it does not know, as the reader of rows written by earlier versions always was.
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Database db;

    public JdbcBanditStates(Database db) {
        this.db = db;
    }

    @Override
    public Optional<BanditSnapshot> find(String experimentId) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT state FROM bandit_states WHERE experiment_id = ?")
                        .bind(0, experimentId)
                        .mapTo(String.class)
                        .findOne())
                .map(JdbcBanditStates::read);
    }

    @Override
    public void save(String experimentId, BanditSnapshot state, LocalDateTime at) {
        db.jdbi().useHandle(h -> h.createUpdate(db.dialect()
                        .upsert(
                                "bandit_states",
                                List.of("experiment_id", "state", "updated_at"),
                                List.of("experiment_id")))
                .bind(0, experimentId)
                .bind(1, write(state))
                .bind(2, at)
                .execute());
    }

    private static String write(BanditSnapshot state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static BanditSnapshot read(String text) {
        try {
            return JSON.readValue(text, BanditSnapshot.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Stored bandit state is not readable: " + ex.getMessage(), ex);
        }
    }
}
