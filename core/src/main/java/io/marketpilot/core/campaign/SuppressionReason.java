package io.marketpilot.core.campaign;

import org.jspecify.annotations.Nullable;

/** Why an address may never be sent to again, whatever a campaign says. */
public enum SuppressionReason {
    /** The recipient unsubscribed from everything. */
    UNSUBSCRIBED,
    /** The server answered that the address does not exist. */
    HARD_BOUNCE,
    /** The recipient marked a message as spam. */
    COMPLAINT,
    /** The customer was erased; only the address's hash remains. */
    ERASED,
    /** An operator added it. */
    MANUAL;

    /** The lower-case name the API, the CLI and the store use, e.g. {@code unsubscribed}. */
    public String wireName() {
        return Check.wire(this);
    }

    /** The constant named by {@code text} (any case, '-' or '_'); an unknown name is refused, listing the known. */
    public static SuppressionReason parse(@Nullable String text) {
        return Check.parse(SuppressionReason.class, text, "suppression reason");
    }
}
