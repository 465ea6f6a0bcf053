package io.marketpilot.core.campaign;

import org.jspecify.annotations.Nullable;

/** What became of a campaign's message: it was sent, and what its recipient did with it. */
public enum CampaignEventKind {
    /** The message was handed to its channel (the receiver took it; for the outbox: stored, not delivered). */
    SENT,
    /** The tracking pixel was fetched. */
    OPEN,
    /** A signed link was followed. */
    CLICK,
    /** An order attributed to the campaign. */
    CONVERSION,
    /** The recipient unsubscribed through the message. */
    UNSUBSCRIBE,
    /** The message bounced. */
    BOUNCE,
    /** The recipient marked the message as spam. */
    COMPLAINT,
    /**
     * A bandit campaign's reward for the recipient was decided (their click or conversion, or the attribution window
     * closing without one): at most one per recipient, so each message is one pull of its arm.
     */
    REWARD;

    /** The lower-case name the API, the CLI and the store use, e.g. {@code open}. */
    public String wireName() {
        return Check.wire(this);
    }

    /** The constant named by {@code text} (any case, '-' or '_'); an unknown name is refused, listing the known. */
    public static CampaignEventKind parse(@Nullable String text) {
        return Check.parse(CampaignEventKind.class, text, "campaign event kind");
    }
}
