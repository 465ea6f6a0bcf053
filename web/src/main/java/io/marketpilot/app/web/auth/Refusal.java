package io.marketpilot.app.web.auth;

/** How a route answers a caller its {@link Access} does not admit. */
public enum Refusal {
    /** The API's: JSON {@code 401 unauthorized} without credentials, {@code 403 forbidden} below the role. */
    JSON,
    /** The dashboard's: a redirect to the log-in form without a session, {@code 403 forbidden} below the role. */
    SIGN_IN
}
