package io.marketpilot.core.access;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A stored API key's public part: never the secret, only its id, label and role. */
public record ApiKey(
        String id,
        String name,
        Role role,
        LocalDateTime createdAt,
        @Nullable LocalDateTime revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
