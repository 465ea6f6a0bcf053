package io.marketpilot.core.campaign;

import org.jspecify.annotations.Nullable;

/**
 * Where a campaign stands: draft → awaiting approval → approved (by someone other than its author) → sending ⇄
 * paused → done; it may be cancelled at any point before it is done.
 */
public enum CampaignStatus {
    /** Being written; the only state whose definition may change. */
    DRAFT,
    /** Submitted for the second pair of eyes. */
    AWAITING_APPROVAL,
    /** Approved by someone other than its author; may start sending. */
    APPROVED,
    /** Its recipients are queued and workers send them. */
    SENDING,
    /** Workers claim nothing of it until it resumes. */
    PAUSED,
    /** Every queued recipient is sent, failed or skipped. */
    DONE,
    /** Stopped for good; what was sent stays sent. */
    CANCELLED;

    /** Whether a campaign in this state may move to {@code next}. */
    public boolean canMoveTo(CampaignStatus next) {
        return switch (this) {
            // a rejected submission goes back to its author as a draft
            case DRAFT -> next == AWAITING_APPROVAL || next == CANCELLED;
            case AWAITING_APPROVAL -> next == APPROVED || next == DRAFT || next == CANCELLED;
            // editing an approved campaign needs a new approval, so it goes back to draft
            case APPROVED -> next == SENDING || next == DRAFT || next == CANCELLED;
            case SENDING -> next == PAUSED || next == DONE || next == CANCELLED;
            case PAUSED -> next == SENDING || next == CANCELLED;
            case DONE, CANCELLED -> false;
        };
    }

    /** Whether this state needs a recorded approval: every state from approved to done. */
    public boolean approved() {
        return this == APPROVED || this == SENDING || this == PAUSED || this == DONE;
    }

    /** The lower-case name the API, the CLI and the store use, e.g. {@code awaiting_approval}. */
    public String wireName() {
        return Check.wire(this);
    }

    /** The constant named by {@code text} (any case, '-' or '_'); an unknown name is refused, listing the known. */
    public static CampaignStatus parse(@Nullable String text) {
        return Check.parse(CampaignStatus.class, text, "campaign status");
    }
}
