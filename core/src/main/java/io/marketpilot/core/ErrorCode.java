package io.marketpilot.core;

/** Machine-readable error codes, each with the HTTP status the API answers with and the CLI exit code. */
public enum ErrorCode {
    INVALID_INPUT(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    /** The request line (path and query) is over the server's 8 KB; Jetty answers it before any route. */
    URI_TOO_LONG(414),
    TOO_MANY_REQUESTS(429),
    UNAVAILABLE(503),
    INTERNAL(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The lower-case form used in JSON bodies, e.g. {@code invalid_input}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
