package io.marketpilot.app.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.ComplianceViolation;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * HTTP/1.1 connections whose requests reach the servlet filters even when Jetty cannot parse their target (an encoded
 * NUL, a broken {@code %} escape). Jetty refuses such a target inside its parser, answers 400 and then discards at most
 * the header size (8 KB) of the body before it closes: a client still sending a larger body gets a reset and loses the
 * answer (ApiFuzzIT: {@code POST /api/v1/content/%00/reject} with 600 KB, "header parser received no bytes"). Here the
 * target is replaced by {@link #UNREADABLE}, which {@link TraversalGuard} refuses with a JSON 400 after reading the
 * body away, as it does every other path that names nothing.
 */
final class ReadableTargets extends HttpConnectionFactory {
    /** The path that stands for a request target that does not parse; nothing is served under it. */
    static final String UNREADABLE = "/.unreadable-request-target";

    ReadableTargets(HttpConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection =
                new HttpConnection(getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
                    @Override
                    protected HttpParser.RequestHandler newRequestHandler() {
                        return new TargetCheck(super.newRequestHandler());
                    }
                };
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(connection, connector, endPoint);
    }

    /** The target itself when Jetty can parse it, else {@link #UNREADABLE}. */
    static String readable(String method, String target) {
        if (target == null || target.indexOf('%') < 0) {
            return target; // only an escape can make a target unparseable once the request line was read
        }
        try {
            HttpURI.build().uri(method, target);
            return target;
        } catch (IllegalArgumentException e) {
            return UNREADABLE;
        }
    }

    /** Jetty's own request handler (the channel), given a target that parses. */
    private record TargetCheck(HttpParser.RequestHandler channel)
            implements HttpParser.RequestHandler, ComplianceViolation.Listener {
        @Override
        public void startRequest(String method, String target, HttpVersion version) {
            channel.startRequest(method, readable(method, target), version);
        }

        @Override
        public void parsedHeader(HttpField field) {
            channel.parsedHeader(field);
        }

        @Override
        public boolean headerComplete() {
            return channel.headerComplete();
        }

        @Override
        public boolean content(ByteBuffer content) {
            return channel.content(content);
        }

        @Override
        public boolean contentComplete() {
            return channel.contentComplete();
        }

        @Override
        public void parsedTrailer(HttpField field) {
            channel.parsedTrailer(field);
        }

        @Override
        public boolean messageComplete() {
            return channel.messageComplete();
        }

        @Override
        public void earlyEOF() {
            channel.earlyEOF();
        }

        @Override
        public void badMessage(BadMessageException failure) {
            channel.badMessage(failure);
        }

        @Override
        public void onComplianceViolation(
                ComplianceViolation.Mode mode, ComplianceViolation violation, String details) {
            if (channel instanceof ComplianceViolation.Listener listener) {
                listener.onComplianceViolation(mode, violation, details);
            }
        }
    }
}
