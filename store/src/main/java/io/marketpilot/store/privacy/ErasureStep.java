package io.marketpilot.store.privacy;

import org.jdbi.v3.core.Handle;

/**
 * Removes one capability's personal data about a customer. Each capability that stores per-customer data adds
 * its step, so that "forget" reaches everywhere; steps run in one transaction, in order.
 */
public interface ErasureStep {
    /** A short name for the audit log, e.g. {@code reviews}. */
    String name();

    /** Erases and returns the number of rows deleted or anonymised. */
    int erase(Handle h, String customerId);
}
