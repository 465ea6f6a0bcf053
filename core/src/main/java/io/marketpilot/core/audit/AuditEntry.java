package io.marketpilot.core.audit;

import java.time.LocalDateTime;

/** One recorded change or export: who did what to which target. */
public record AuditEntry(long id, LocalDateTime at, String actor, String action, String target, String details) {}
