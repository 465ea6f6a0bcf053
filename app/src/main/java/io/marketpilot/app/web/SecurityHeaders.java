package io.marketpilot.app.web;

import io.javalin.Javalin;

/**
 * Headers every answer carries so a browser does not misuse it: no framing by other sites (clickjacking of the
 * dashboard's forms; the support widget is a script on the host page, not a frame), no content-type sniffing of
 * uploads or JSON, and no full URLs leaking to other sites in the Referer.
 */
final class SecurityHeaders {
    private SecurityHeaders() {}

    static void install(Javalin javalin) {
        javalin.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", "frame-ancestors 'none'");
            ctx.header("Referrer-Policy", "same-origin");
        });
    }
}
