package io.marketpilot.core.campaign;

import org.jspecify.annotations.Nullable;

/** Why a customer of a campaign's audience receives nothing; the audience resolver gives the first that applies, in this order. */
public enum LeaveOutReason {
    /** No address on the campaign's channel (none given, or erased): nothing could be sent. */
    NO_ADDRESS,
    /**
     * The address is on the suppression list: the block no campaign or consent overrides, so it is named before
     * consent (an unsubscribe both opts out and suppresses, and the review says suppressed).
     */
    SUPPRESSED,
    /** No consent for the channel and topic under the shop's consent policy. */
    NO_CONSENT,
    /** In the campaign's random holdout, kept for measuring lift. */
    HOLDOUT,
    /** Already had as many marketing messages as the cap allows. */
    FREQUENCY_CAPPED,
    /** Held back from promotions after a recent complaint or an escalated support conversation. */
    HELD_BACK,
    /** No send time in the window falls outside their quiet hours. */
    QUIET_HOURS;

    /** The reason in words, as the review and the report show it, e.g. {@code held back: recent complaint}. */
    public String label() {
        return switch (this) {
            case NO_ADDRESS -> "no address";
            case SUPPRESSED -> "suppressed";
            case NO_CONSENT -> "no consent";
            case HOLDOUT -> "holdout";
            case FREQUENCY_CAPPED -> "frequency capped";
            case HELD_BACK -> "held back: recent complaint";
            case QUIET_HOURS -> "quiet hours";
        };
    }

    /** The lower-case name the API, the CLI and the store use, e.g. {@code no_address}. */
    public String wireName() {
        return Check.wire(this);
    }

    /** The constant named by {@code text} (any case, '-' or '_'); an unknown name is refused, listing the known. */
    public static LeaveOutReason parse(@Nullable String text) {
        return Check.parse(LeaveOutReason.class, text, "leave-out reason");
    }
}
