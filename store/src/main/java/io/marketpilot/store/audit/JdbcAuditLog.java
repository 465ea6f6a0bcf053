package io.marketpilot.store.audit;

import io.marketpilot.core.audit.AuditEntry;
import io.marketpilot.core.audit.AuditLog;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.Database;
import io.marketpilot.store.PagedQuery;
import io.marketpilot.store.Sql;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Append-only record of who changed or exported what; never holds secrets. */
public final class JdbcAuditLog implements AuditLog {
    private static final String INSERT =
            "INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)";

    private static final PagedQuery LISTING =
            new PagedQuery("audit_log", List.of("actor", "action", "target"), "id DESC");

    private final Database db;
    private final Clock clock;

    public JdbcAuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String action, String target, String details) {
        db.jdbi().useHandle(h -> record(h, actor, action, target, details));
    }

    /** Records inside the caller's transaction, so the entry exists exactly when the change does. */
    public void record(Handle h, String actor, String action, String target, String details) {
        // Clipped to the columns: an entry about a long input must not fail the change it records.
        h.execute(INSERT, LocalDateTime.now(clock), clip(actor, 200), action, clip(target, 200), clip(details, 4000));
    }

    @Override
    public Page<AuditEntry> list(PageRequest page) {
        return LISTING.run(
                db,
                page,
                (rs, ctx) -> new AuditEntry(
                        rs.getLong("id"),
                        Sql.dateTime(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("details")));
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
