package io.marketpilot.core.campaign;

import org.jspecify.annotations.Nullable;

/** Where a consent record came from, so that "why did this person get this mail" has an answer. */
public enum ConsentSource {
    /** A consent column of an imported file. */
    IMPORT,
    /** The REST API. */
    API,
    /** The command line. */
    CLI,
    /** A marketer in the dashboard. */
    DASHBOARD,
    /** The customer, on their signed preference page. */
    PREFERENCE_PAGE,
    /** The customer's mail client, through the List-Unsubscribe-Post link (RFC 8058). */
    ONE_CLICK_UNSUBSCRIBE,
    /** The customer, through the signed confirmation link. */
    DOUBLE_OPT_IN,
    /** A journey's update step, its proof naming the journey, version and step. */
    JOURNEY;

    /** The lower-case name the API, the CLI and the store use, e.g. {@code import}. */
    public String wireName() {
        return Check.wire(this);
    }

    /** The constant named by {@code text} (any case, '-' or '_'); an unknown name is refused, listing the known. */
    public static ConsentSource parse(@Nullable String text) {
        return Check.parse(ConsentSource.class, text, "consent source");
    }
}
