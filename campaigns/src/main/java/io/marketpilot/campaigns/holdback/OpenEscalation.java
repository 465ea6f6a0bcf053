package io.marketpilot.campaigns.holdback;

import java.time.Instant;

/** A customer's support conversation that was handed to a person and is not closed yet. */
public record OpenEscalation(String customerId, Instant since) {}
