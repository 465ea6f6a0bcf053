package io.marketpilot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.argument.Argument;

/**
 * Instants in {@code TIMESTAMP WITH TIME ZONE} columns, written as UTC offsets to the microsecond (what PostgreSQL
 * keeps) and read back as the same instants. JDBI's own binding goes through {@code java.sql.Timestamp} and the JVM's
 * time zone; a lease compared by two servers must not depend on either's zone.
 */
public final class UtcTimestamps {
    private UtcTimestamps() {}

    /** The instant as both databases keep it: truncated to the microsecond. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A statement argument for {@code instant}. */
    public static Argument of(Instant instant) {
        OffsetDateTime value = stored(instant).atOffset(ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, value);
    }

    /** A statement argument for {@code instant}, or SQL NULL when it is empty. */
    public static Argument of(Optional<Instant> instant) {
        if (instant.isPresent()) {
            return of(instant.get());
        }
        return (position, statement, ctx) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** The instant in a non-null column. */
    public static Instant read(ResultSet rs, String column) throws SQLException {
        return readOptional(rs, column)
                .orElseThrow(() -> new SQLException("Column " + column + " is NULL where an instant is required"));
    }

    /** The instant in a nullable column, empty for NULL. */
    public static Optional<Instant> readOptional(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }
}
