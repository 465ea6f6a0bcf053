package io.marketpilot.app.web.auth;

import io.marketpilot.core.access.Role;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Who may call a route: anyone, or a caller with at least the given role. Every route declares one ({@link Routes}). */
public enum Access {
    PUBLIC(null),
    VIEWER(Role.VIEWER),
    MARKETER(Role.MARKETER),
    ADMIN(Role.ADMIN);

    /** The least role needed; null for public routes. */
    private final @Nullable Role role;

    Access(@Nullable Role role) {
        this.role = role;
    }

    /** The least role needed; empty for public routes. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** Whether a caller with {@code role} may call the route. */
    public boolean admits(Role role) {
        return this.role == null || role.includes(this.role);
    }
}
