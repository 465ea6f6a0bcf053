package io.marketpilot.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jspecify.annotations.Nullable;

/** Writes many rows of one table in JDBC batches inside the caller's transaction. */
public final class BatchWriter {
    private static final int BATCH = 2_000;

    private final Handle handle;
    private final Dialect dialect;

    public BatchWriter(Handle handle, Dialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
    }

    /** Inserts new rows and replaces rows whose key exists. */
    public void upsert(String table, List<String> columns, List<String> keys, List<@Nullable Object[]> rows) {
        run(dialect.upsert(table, columns, keys), rows);
    }

    /** Inserts new rows and leaves rows whose key exists untouched. */
    public void insertIgnore(String table, List<String> columns, List<String> keys, List<@Nullable Object[]> rows) {
        run(dialect.insertIgnore(table, columns, keys), rows);
    }

    private void run(String sql, List<@Nullable Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = handle.getConnection().prepareStatement(sql)) {
            int pending = 0;
            for (@Nullable Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Sql.set(ps, i + 1, row[i]);
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Batch write failed: " + e.getMessage(), e);
        }
    }
}
