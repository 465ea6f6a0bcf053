package io.marketpilot.store;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a unique-key violation (SQLState 23505 on H2 and PostgreSQL) under JDBI's wrapping, for writes that
 * treat "already there" as an answer rather than a failure, e.g. two servers storing the same event at once.
 */
public final class DuplicateKey {
    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateKey() {}

    /** Whether {@code failure} or one of its causes is a unique-key violation. */
    public static boolean causedBy(Throwable failure) {
        for (@Nullable Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
