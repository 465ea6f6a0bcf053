package io.marketpilot.store.classifier;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.classifier.ClassifierStore;
import io.marketpilot.core.classifier.ClassifierVersion;
import io.marketpilot.store.Database;
import io.marketpilot.store.DuplicateKey;
import io.marketpilot.store.UtcTimestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link ClassifierStore} in {@code text_classifiers}. Labels are newline-separated (a label never holds one). A new
 * version takes MAX+1 of its name; two trainings finishing at once collide on the primary key and the later one
 * takes the next number, so no training is lost.
 */
public final class JdbcClassifierStore implements ClassifierStore {
    private static final int SAVE_ATTEMPTS = 5;
    private static final String COLUMNS =
            "name, version, trained_at, language, labels, examples, accuracy, macro_f1, report, active";

    private final Database db;

    public JdbcClassifierStore(Database db) {
        this.db = db;
    }

    @Override
    public ClassifierVersion save(ClassifierVersion trained, byte[] model, boolean activate) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.jdbi().inTransaction(h -> insert(h, trained, model, activate));
            } catch (RuntimeException e) {
                if (!DuplicateKey.causedBy(e) || attempt == SAVE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static ClassifierVersion insert(Handle h, ClassifierVersion trained, byte[] model, boolean activate) {
        int version = h.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM text_classifiers WHERE name = :name")
                .bind("name", trained.name())
                .mapTo(Integer.class)
                .one();
        boolean active = activate || version == 1;
        if (active) {
            h.createUpdate("UPDATE text_classifiers SET active = FALSE WHERE name = :name")
                    .bind("name", trained.name())
                    .execute();
        }
        h.createUpdate("INSERT INTO text_classifiers (" + COLUMNS + ", model) VALUES (:name, :version, :trainedAt,"
                        + " :language, :labels, :examples, :accuracy, :macroF1, :report, :active, :model)")
                .bind("name", trained.name())
                .bind("version", version)
                .bind("trainedAt", UtcTimestamps.of(trained.trainedAt()))
                .bind("language", trained.language())
                .bind("labels", labels(trained.labels()))
                .bind("examples", trained.examples())
                .bind("accuracy", trained.accuracy())
                .bind("macroF1", trained.macroF1())
                .bind("report", trained.report())
                .bind("active", active)
                .bind("model", model)
                .execute();
        return new ClassifierVersion(
                trained.name(),
                version,
                UtcTimestamps.stored(trained.trainedAt()),
                trained.language(),
                trained.labels(),
                trained.examples(),
                trained.accuracy(),
                trained.macroF1(),
                trained.report(),
                active);
    }

    @Override
    public List<ClassifierVersion> versions(String name) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM text_classifiers WHERE name = :name ORDER BY version DESC")
                .bind("name", name)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public List<ClassifierVersion> activeVersions() {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM text_classifiers WHERE active ORDER BY name")
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public Optional<ClassifierVersion> active(String name) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM text_classifiers WHERE name = :name AND active")
                .bind("name", name)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public Optional<ClassifierVersion> find(String name, int version) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM text_classifiers WHERE name = :name AND version = :version")
                .bind("name", name)
                .bind("version", version)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public Optional<byte[]> model(String name, int version) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT model FROM text_classifiers WHERE name = :name AND version = :version")
                .bind("name", name)
                .bind("version", version)
                .map((rs, ctx) -> rs.getBytes("model"))
                .findOne());
    }

    @Override
    public boolean activate(String name, int version) {
        return db.jdbi().inTransaction(h -> {
            if (find(h, name, version).isEmpty()) {
                return false;
            }
            h.createUpdate("UPDATE text_classifiers SET active = (version = :version) WHERE name = :name")
                    .bind("name", name)
                    .bind("version", version)
                    .execute();
            return true;
        });
    }

    private static Optional<Integer> find(Handle h, String name, int version) {
        return h.createQuery("SELECT version FROM text_classifiers WHERE name = :name AND version = :version")
                .bind("name", name)
                .bind("version", version)
                .mapTo(Integer.class)
                .findOne();
    }

    private static String labels(List<String> labels) {
        for (String label : labels) {
            if (label.contains("\n")) {
                throw MarketPilotException.invalid("a label may not contain a line break: " + label.strip());
            }
        }
        return String.join("\n", labels);
    }

    private static ClassifierVersion read(ResultSet rs) throws SQLException {
        return new ClassifierVersion(
                rs.getString("name"),
                rs.getInt("version"),
                UtcTimestamps.read(rs, "trained_at"),
                rs.getString("language"),
                Arrays.asList(rs.getString("labels").split("\n", -1)),
                rs.getInt("examples"),
                rs.getDouble("accuracy"),
                rs.getDouble("macro_f1"),
                rs.getString("report"),
                rs.getBoolean("active"));
    }
}
