package io.marketpilot.core.delivery;

import io.marketpilot.core.input.FieldLimits;
import java.util.Optional;

/**
 * What a message belongs to, kept with it through delivery (headers, the outbox, the webhook payload, the CSV) so
 * that a result, an open or a bounce can be traced back. Every part is optional: a double opt-in confirmation has a
 * customer but no campaign, a test send has neither.
 *
 * @param campaignId the campaign it was sent for
 * @param customerId the customer it was written for
 * @param contentId the approved content item its text came from
 * @param variant the experiment variant it shows
 */
public record MessageMetadata(
        Optional<String> campaignId,
        Optional<String> customerId,
        Optional<String> contentId,
        Optional<String> variant) {
    public MessageMetadata {
        campaignId = MessageRules.optionalLine("campaign id", campaignId, FieldLimits.ID);
        customerId = MessageRules.optionalLine("customer id", customerId, FieldLimits.ID);
        contentId = MessageRules.optionalLine("content id", contentId, FieldLimits.ID);
        variant = MessageRules.optionalLine("variant", variant, FieldLimits.VARIANT);
    }

    /** No campaign, customer or content: a test or system message. */
    public static MessageMetadata none() {
        return new MessageMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A campaign's message to one customer. */
    public static MessageMetadata campaign(String campaignId, String customerId) {
        return new MessageMetadata(
                Optional.of(campaignId), Optional.of(customerId), Optional.empty(), Optional.empty());
    }

    /** The same, showing content item {@code contentId} as experiment variant {@code variant}. */
    public MessageMetadata withContent(String contentId, String variant) {
        return new MessageMetadata(campaignId, customerId, Optional.of(contentId), Optional.of(variant));
    }
}
