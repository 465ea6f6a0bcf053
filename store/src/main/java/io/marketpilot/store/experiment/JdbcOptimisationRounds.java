package io.marketpilot.store.experiment;

import io.marketpilot.core.experiment.OptimisationRound;
import io.marketpilot.core.experiment.OptimisationRounds;
import io.marketpilot.store.Database;
import io.marketpilot.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** The history of every campaign's optimisation rounds; rounds are only ever added. */
public final class JdbcOptimisationRounds implements OptimisationRounds {
    // Challenger drafts may hold any text; a control character keeps the list in one column without JSON.
    private static final String SEPARATOR = "\u001e";

    private final Database db;

    public JdbcOptimisationRounds(Database db) {
        this.db = db;
    }

    @Override
    public long add(OptimisationRound r) {
        return db.jdbi().withHandle(h -> h.createUpdate("INSERT INTO optimisation_rounds (campaign_id, round_no,"
                        + " experiment_id, outcome, winner, retired, distinguished, challengers, challenger_source,"
                        + " next_experiment_id, recommendation, decided_at) VALUES (:campaign, :round, :experiment,"
                        + " :outcome, :winner, :retired, :distinguished, :challengers, :source, :next, :recommendation,"
                        + " :decidedAt)")
                .bind("campaign", r.campaignId())
                .bind("round", r.round())
                .bind("experiment", r.experimentId())
                .bind("outcome", r.outcome())
                .bind("winner", r.winner())
                .bind("retired", String.join(SEPARATOR, r.retired()))
                .bind("distinguished", r.distinguished())
                .bind("challengers", String.join(SEPARATOR, r.challengers()))
                .bind("source", r.challengerSource())
                .bind("next", r.nextExperimentId())
                .bind("recommendation", r.recommendation())
                .bind("decidedAt", r.decidedAt())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    @Override
    public List<OptimisationRound> forCampaign(String campaignId) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM optimisation_rounds WHERE campaign_id = ? ORDER BY round_no, id")
                .bind(0, campaignId)
                .map((rs, ctx) -> round(rs))
                .list());
    }

    private static OptimisationRound round(ResultSet rs) throws SQLException {
        return new OptimisationRound(
                rs.getLong("id"),
                rs.getString("campaign_id"),
                rs.getInt("round_no"),
                rs.getString("experiment_id"),
                rs.getString("outcome"),
                rs.getString("winner"),
                split(rs.getString("retired")),
                rs.getString("distinguished"),
                split(rs.getString("challengers")),
                rs.getString("challenger_source"),
                rs.getString("next_experiment_id"),
                rs.getString("recommendation"),
                Sql.dateTime(rs, "decided_at"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }
}
