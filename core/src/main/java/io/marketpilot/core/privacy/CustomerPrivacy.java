package io.marketpilot.core.privacy;

import java.util.Map;

/**
 * The data-subject rights: export everything held about a customer, and forget them everywhere while keeping
 * anonymous aggregates (their orders stay as anonymous sales, so revenue figures do not change).
 */
public interface CustomerPrivacy {
    /** Everything held about the customer, as a JSON-ready map. */
    Map<String, Object> export(String customerId, String actor);

    /** Deletes the customer's personal data in one transaction; returns rows touched per step. */
    Map<String, Integer> forget(String customerId, String actor);
}
