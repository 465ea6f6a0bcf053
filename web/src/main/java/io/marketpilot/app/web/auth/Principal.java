package io.marketpilot.app.web.auth;

import io.marketpilot.core.access.Role;

/** The caller of a request: the API key it presented (directly or through a dashboard session). */
public record Principal(String keyId, String name, Role role) {
    /** How the audit log names this caller. */
    public String actor() {
        return "key:" + keyId + " (" + name + ")";
    }
}
