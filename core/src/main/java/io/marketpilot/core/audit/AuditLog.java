package io.marketpilot.core.audit;

import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;

/** Append-only record of who changed or exported what; never holds secrets. */
public interface AuditLog {
    /** Appends an entry: who did what to which target, with details that never hold secrets. */
    void record(String actor, String action, String target, String details);

    /** The entries, newest first. */
    Page<AuditEntry> list(PageRequest page);
}
