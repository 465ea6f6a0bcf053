package io.marketpilot.core.delivery;

import io.marketpilot.core.MarketPilotException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The links that take one recipient off the list, signed for that recipient by the caller. E-mail turns them into
 * {@code List-Unsubscribe} (RFC 2369) and, for an HTTPS link, {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}
 * (RFC 8058), which mailbox providers show as an unsubscribe button; other channels pass them on.
 *
 * @param web the recipient's HTTP(S) link: a GET shows the preference page, a POST of {@code List-Unsubscribe=One-Click}
 *     unsubscribes at once. RFC 8058 allows one-click only over HTTPS, so production links are HTTPS; plain HTTP is
 *     accepted for a local installation, without the one-click header
 * @param mail a {@code mailto:} link that unsubscribes whoever writes to it, for mail clients without HTTP
 */
public record Unsubscribe(URI web, Optional<URI> mail) {
    /** Longer links are refused: a header line may not exceed 998 characters (RFC 5322), and some clients cut at 2,000. */
    public static final int LINK_LIMIT = 900;

    public Unsubscribe {
        Objects.requireNonNull(web, "unsubscribe link");
        Objects.requireNonNull(mail, "unsubscribe mailto");
        String scheme = scheme(web);
        if ((!scheme.equals("https") && !scheme.equals("http")) || web.getHost() == null) {
            throw MarketPilotException.invalid("unsubscribe link must be an absolute http(s) URL, not '" + web + "'");
        }
        check("unsubscribe link", web);
        mail.ifPresent(m -> {
            if (!scheme(m).equals("mailto")) {
                throw MarketPilotException.invalid("unsubscribe mailto must be a mailto: link, not '" + m + "'");
            }
            check("unsubscribe mailto", m);
        });
    }

    /** Only a web link. */
    public static Unsubscribe web(URI web) {
        return new Unsubscribe(web, Optional.empty());
    }

    /** Whether a mail client may unsubscribe with one POST to the web link (RFC 8058 requires HTTPS). */
    public boolean oneClick() {
        return scheme(web).equals("https");
    }

    private static String scheme(URI uri) {
        String scheme = uri.getScheme();
        return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
    }

    private static void check(String field, URI uri) {
        String text = uri.toString();
        MessageRules.ascii(field, text);
        if (text.length() > LINK_LIMIT || text.contains(" ") || text.contains(">")) {
            throw MarketPilotException.invalid(
                    field + " must be a URL of at most " + LINK_LIMIT + " characters, without spaces or '>'");
        }
    }
}
