package io.marketpilot.app.web.auth;

import io.javalin.security.RouteRole;
import io.marketpilot.core.access.Role;
import java.util.Optional;

/** Who may call a route: anyone, or a key with at least the given role. */
public enum Access implements RouteRole {
    PUBLIC(null),
    VIEWER(Role.VIEWER),
    MARKETER(Role.MARKETER),
    ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    /** The least role needed; empty for public routes. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }
}
