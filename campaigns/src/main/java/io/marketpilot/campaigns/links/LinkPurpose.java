package io.marketpilot.campaigns.links;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** What a signed link does; a token made for one purpose is refused for every other. */
public enum LinkPurpose {
    /** One-click unsubscribe (RFC 8058): kept valid indefinitely, as an old message's link must still work. */
    UNSUBSCRIBE(Optional.empty()),
    /** The recipient's preference page, without a log-in. */
    PREFERENCES(Optional.empty()),
    /** A tracked link: records the click, then redirects to the signed target. */
    CLICK(Optional.empty()),
    /** The open-tracking pixel. */
    OPEN(Optional.empty()),
    /** Confirms a double opt-in; expires after a week, so an old confirmation mail cannot be replayed later. */
    CONFIRM_OPT_IN(Optional.of(Duration.ofDays(7)));

    private final Optional<Duration> maxAge;

    LinkPurpose(Optional<Duration> maxAge) {
        this.maxAge = maxAge;
    }

    /** How long a token of this purpose stays valid after it was issued; empty: indefinitely. */
    public Optional<Duration> maxAge() {
        return maxAge;
    }

    /** The lower-case name written into tokens and URLs, e.g. {@code confirm_opt_in}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
