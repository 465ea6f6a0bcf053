package io.marketpilot.campaigns.links;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What a signed link says: its purpose, the campaign and the customer, when it was issued, and for a click the URL
 * it leads to.
 *
 * @param target the http(s) URL a {@link LinkPurpose#CLICK} redirects to; absent for every other purpose
 */
public record LinkToken(
        LinkPurpose purpose, String campaignId, String customerId, Instant issuedAt, Optional<String> target) {
    /** The longest click target accepted. */
    public static final int MAX_TARGET = 2_000;

    public LinkToken {
        if (purpose == null) {
            throw MarketPilotException.invalid("A link needs a purpose");
        }
        requireId("campaign id", campaignId);
        requireId("customer id", customerId);
        if (issuedAt == null) {
            throw MarketPilotException.invalid("A link needs its issue time");
        }
        if (target == null || (purpose == LinkPurpose.CLICK) != target.isPresent()) {
            throw MarketPilotException.invalid("A click link carries its target URL, and no other link does");
        }
        target.ifPresent(LinkToken::requireWebUrl);
    }

    private static void requireId(String field, String id) {
        if (id == null || id.isBlank()) {
            throw MarketPilotException.invalid("A link needs its " + field);
        }
        TextRules.requireClean(field, id, TextRules.Kind.IDENTIFIER);
        TextRules.requireFits(field, id, FieldLimits.ID);
    }

    // a signed redirect to javascript: or data: would turn our domain into a way to run someone's script
    private static void requireWebUrl(String url) {
        TextRules.requireClean("target", url, TextRules.Kind.IDENTIFIER);
        TextRules.requireFits("target", url, MAX_TARGET);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw MarketPilotException.invalid("A click target is an http or https URL with a host, not " + url);
            }
        } catch (URISyntaxException e) {
            throw MarketPilotException.invalid("A click target is not a URL: " + e.getMessage());
        }
    }
}
