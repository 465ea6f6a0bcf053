package io.marketpilot.app.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * Answers 404 to a path that tries to climb out of where it points ({@code /static/..%2fsimplelogger.properties},
 * {@code %2e%2e}, a backslash, an encoded NUL) before Javalin sees it. Javalin asks its static-file handler whether
 * it serves a path before the route's own handlers run, even after a {@code before} handler refused the request, and
 * that handler failed on such paths with a 500 and a 65-line stack trace in the log for every request, no key needed:
 * so the check is a servlet filter in front of Javalin. The raw path is decoded once, as the file handler decodes
 * it; a file's path is refused also when an escape is left over, since the file handler decodes again. A target
 * Jetty could not parse arrives as {@link ReadableTargets#UNREADABLE} and is refused with a 400.
 */
final class TraversalGuard implements Filter {
    private static final byte[] NOT_FOUND =
            "{\"error\":\"No such path\",\"code\":\"not_found\",\"details\":{}}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNREADABLE =
            ("{\"error\":\"The request could not be read: its path holds an encoded NUL"
                            + " or a broken % escape\",\"code\":\"" + ErrorHandling.codeFor(400) + "\",\"details\":{}}")
                    .getBytes(StandardCharsets.UTF_8);

    static void install(ServletContextHandler context) {
        context.addFilter(new FilterHolder(new TraversalGuard()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String raw = ((HttpServletRequest) request).getRequestURI();
        if (ReadableTargets.UNREADABLE.equals(raw)) {
            refuse(request, (HttpServletResponse) response, 400, UNREADABLE);
        } else if (raw != null && climbs(raw)) {
            refuse(request, (HttpServletResponse) response, 404, NOT_FOUND);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Answers after reading the body away, so that a client still sending it does not lose the answer to a reset. */
    private static void refuse(ServletRequest request, HttpServletResponse http, int status, byte[] body)
            throws IOException {
        if (!UnreadBodyDrain.drain(request)) {
            http.setHeader("Connection", "close");
        }
        http.setStatus(status);
        SecurityHeaders.HEADERS.forEach(http::setHeader);
        http.setContentType("application/json");
        http.setContentLength(body.length);
        http.getOutputStream().write(body);
    }

    static boolean climbs(String rawPath) {
        String path;
        try {
            path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return true; // an escape that does not decode names nothing
        }
        boolean file = path.startsWith("/static/") || path.startsWith("/webjars/");
        return path.contains("\\")
                || path.indexOf('\0') >= 0
                || (file && path.contains("%"))
                || ("/" + path + "/").contains("/../")
                || ("/" + path + "/").contains("/./");
    }
}
