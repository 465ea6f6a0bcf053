package io.marketpilot.app.campaign;

import io.marketpilot.campaigns.links.LinkPurpose;
import io.marketpilot.campaigns.links.LinkSigner;
import io.marketpilot.campaigns.links.LinkToken;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The public URLs of a message's signed links, under {@code campaigns.public-url}: {@code /c/{token}} (a click,
 * redirected to its signed target), {@code /o/{token}} (the open pixel), {@code /u/{token}} (one-click unsubscribe:
 * POST unsubscribes, GET shows the preference page), {@code /p/{token}} (the preference page) and
 * {@code /confirm/{token}} (a double opt-in's confirmation). The web door serves these paths and hands the token to
 * {@link Tracking}.
 */
public final class TrackingLinks {
    public static final String CLICK = "/c/";
    public static final String OPEN = "/o/";
    public static final String UNSUBSCRIBE = "/u/";
    public static final String PREFERENCES = "/p/";
    public static final String CONFIRM = "/confirm/";

    /** The campaign id that double opt-in confirmation tokens carry, followed by the topic. */
    static final String OPT_IN_PREFIX = "opt-in:";

    private final LinkSigner signer;
    private final String base;

    public TrackingLinks(LinkSigner signer, URI publicUrl) {
        this.signer = signer;
        this.base = publicUrl.toString().replaceAll("/+$", "");
    }

    URI click(String campaignId, String customerId, String target, Instant issuedAt) {
        return url(CLICK, LinkPurpose.CLICK, campaignId, customerId, issuedAt, Optional.of(target));
    }

    URI open(String campaignId, String customerId, Instant issuedAt) {
        return url(OPEN, LinkPurpose.OPEN, campaignId, customerId, issuedAt, Optional.empty());
    }

    URI unsubscribe(String campaignId, String customerId, Instant issuedAt) {
        return url(UNSUBSCRIBE, LinkPurpose.UNSUBSCRIBE, campaignId, customerId, issuedAt, Optional.empty());
    }

    URI preferences(String campaignId, String customerId, Instant issuedAt) {
        return url(PREFERENCES, LinkPurpose.PREFERENCES, campaignId, customerId, issuedAt, Optional.empty());
    }

    URI confirmOptIn(String customerId, String topic, Instant issuedAt) {
        return url(CONFIRM, LinkPurpose.CONFIRM_OPT_IN, OPT_IN_PREFIX + topic, customerId, issuedAt, Optional.empty());
    }

    /** The token at the end of one of these URLs (its last path segment). */
    public static String token(URI url) {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private URI url(
            String path,
            LinkPurpose purpose,
            String campaignId,
            String customerId,
            Instant issuedAt,
            Optional<String> target) {
        String token = signer.sign(new LinkToken(purpose, campaignId, customerId, issuedAt, target));
        return URI.create(base + path + token);
    }
}
