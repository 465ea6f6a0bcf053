package io.marketpilot.core.access;

import java.time.LocalDateTime;

/** A stored API key's public part: never the secret, only its id, label and role. */
public record ApiKey(String id, String name, Role role, LocalDateTime createdAt, LocalDateTime revokedAt) {
    public boolean active() {
        return revokedAt == null;
    }
}
