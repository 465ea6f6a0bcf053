package io.marketpilot.core.access;

import java.util.List;
import java.util.Optional;

/**
 * Issues and checks API keys of the form {@code mp_<id>_<secret>}. Only a SHA-256 of the whole key is stored; keys
 * carry 192 random bits, so a salt-free fast hash is enough (as for other high-entropy tokens).
 */
public interface ApiKeys {
    /** A new key and its plaintext, which is shown once and never stored. */
    record Issued(ApiKey key, String secret) {}

    /** Issues a key with a role; the audit log records who issued it. */
    Issued create(String name, Role role, String actor);

    /** The active key a presented secret belongs to, compared in constant time. */
    Optional<ApiKey> verify(String presented);

    /** The key with this id if it is still active: what a session opened with it may still do. */
    Optional<ApiKey> active(String id);

    /** Every key, revoked ones included, oldest first. */
    List<ApiKey> list();

    /** Revokes an active key at once (open sessions end with it); false when there was none. */
    boolean revoke(String id, String actor);
}
