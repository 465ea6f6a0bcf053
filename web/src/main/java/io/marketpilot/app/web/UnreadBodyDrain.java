package io.marketpilot.app.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * Reads away the body a handler left unread (up to a limit) once it has answered. A connection closed with body bytes
 * still unread is reset, and the client loses the answer ("connection reset") instead of reading it: this happened
 * whenever the server answered before reading — an access check's 401, an input check's 400, a GET that ignores a
 * body — and ApiFuzzIT, which sends hostile bodies everywhere, saw it now and then.
 */
final class UnreadBodyDrain implements Filter {
    private static final long MAX_DRAINED_BYTES = 8L * 1024 * 1024;

    static void install(ServletContextHandler context) {
        context.addFilter(new FilterHolder(new UnreadBodyDrain()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (!request.isAsyncStarted()) {
            drain(request);
        }
    }

    /** Reads the unread body away, at most {@value #MAX_DRAINED_BYTES} bytes; true when it reached the end. */
    static boolean drain(ServletRequest request) {
        byte[] sink = new byte[8192];
        long left = MAX_DRAINED_BYTES;
        try {
            var in = request.getInputStream();
            for (int n; left > 0 && (n = in.read(sink)) > 0; ) {
                left -= n;
            }
        } catch (IOException | IllegalStateException e) {
            return false; // the body was read as text, or the client went away: nothing left to protect
        }
        return left > 0;
    }
}
