package io.marketpilot.campaigns.audience;

import java.time.Instant;

/** A recipient and when their message is due. */
public record PlannedRecipient(String customerId, Instant sendAt) {}
