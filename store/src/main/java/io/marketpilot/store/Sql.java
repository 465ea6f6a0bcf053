package io.marketpilot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Null-aware JDBC reads and writes shared by the repositories. */
public final class Sql {
    private Sql() {}

    public static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    public static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** A timestamp column that holds no NULL (declared NOT NULL). */
    public static LocalDateTime dateTime(ResultSet rs, String column) throws SQLException {
        return nonNull(nullableDateTime(rs, column), column);
    }

    /** A timestamp column that may hold NULL, or an aggregate over no rows. */
    public static @Nullable LocalDateTime nullableDateTime(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toLocalDateTime();
    }

    /** A date column that holds no NULL (declared NOT NULL). */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return nonNull(nullableDate(rs, column), column);
    }

    /** A date column that may hold NULL. */
    public static @Nullable LocalDate nullableDate(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static <T> T nonNull(@Nullable T value, String column) {
        if (value == null) {
            throw new IllegalStateException("the column " + column + " is NULL, which its table does not allow");
        }
        return value;
    }

    public static void set(PreparedStatement ps, int index, @Nullable Object value) throws SQLException {
        switch (value) {
            case null -> ps.setNull(index, Types.NULL);
            case String s -> ps.setString(index, s);
            case Double d -> ps.setDouble(index, d);
            case Integer i -> ps.setInt(index, i);
            case Long l -> ps.setLong(index, l);
            case LocalDateTime t -> ps.setTimestamp(index, Timestamp.valueOf(t));
            case LocalDate d -> ps.setDate(index, java.sql.Date.valueOf(d));
            default -> ps.setObject(index, value);
        }
    }

    /** A lower-cased LIKE pattern for a search term, with the wildcards in the term escaped. */
    public static String likePattern(String query) {
        String q = query.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + q + "%";
    }
}
