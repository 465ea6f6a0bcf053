package io.marketpilot.app.web;

import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers every answer carries so a browser does not misuse it: no framing by other sites (clickjacking of the
 * dashboard's forms; the support widget is a script on the host page, not a frame), no content-type sniffing of
 * uploads or JSON, and no full URLs leaking to other sites in the Referer.
 */
final class SecurityHeaders {
    /** The headers, in the order they are sent; also set by {@link TraversalGuard}, which answers before Javalin. */
    static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {}

    static void install(Javalin javalin) {
        javalin.before(ctx -> HEADERS.forEach(ctx::header));
    }

    private static Map<String, String> headers() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Content-Security-Policy", "frame-ancestors 'none'");
        h.put("Referrer-Policy", "same-origin");
        return java.util.Collections.unmodifiableMap(h);
    }
}
