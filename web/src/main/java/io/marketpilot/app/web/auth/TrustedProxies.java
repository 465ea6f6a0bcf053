package io.marketpilot.app.web.auth;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The reverse proxies in front of the server ({@code server.trusted-proxies}). Only a request whose peer is one of
 * them has its {@code X-Forwarded-For} and {@code X-Forwarded-Proto} believed; anyone else could write those headers
 * to borrow another client's rate limit or to pass for a secure connection.
 */
public record TrustedProxies(List<String> addresses) {
    public TrustedProxies {
        addresses = List.copyOf(addresses);
    }

    /** The address that rate limits count a request against. */
    public String clientAddress(Context ctx) {
        return clientAddress(ctx.ip(), ctx.header("X-Forwarded-For"));
    }

    /** Whether the browser reached us over HTTPS: directly, or as a trusted proxy says. */
    public boolean overHttps(Context ctx) {
        return overHttps(ctx.ip(), ctx.scheme(), ctx.header("X-Forwarded-Proto"));
    }

    /**
     * The peer itself, or, when the peer is a trusted proxy, the nearest address in {@code X-Forwarded-For} (read
     * from the right: each proxy appends the address it saw, so only entries right of the first untrusted one are
     * vouched for) that is not a trusted proxy.
     */
    String clientAddress(String peer, @Nullable String forwardedFor) {
        if (!addresses.contains(peer) || forwardedFor == null) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !addresses.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /**
     * The scheme of the request itself, or the first of a trusted proxy's {@code X-Forwarded-Proto} (the one the
     * outermost proxy, the browser's, set). A wrong "https" from a misconfigured chain only makes the cookie stricter.
     */
    boolean overHttps(String peer, String scheme, @Nullable String forwardedProto) {
        if ("https".equalsIgnoreCase(scheme)) {
            return true;
        }
        if (!addresses.contains(peer) || forwardedProto == null) {
            return false;
        }
        return forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT).equals("https");
    }
}
