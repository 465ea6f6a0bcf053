package io.marketpilot.channels.email;

/** Whether a plain SMTP connection is upgraded to TLS with {@code STARTTLS}. */
public enum StartTls {
    /** Never: a local test server or a relay on the same machine. */
    NONE,
    /** When the server offers it; an attacker on the path can hide the offer, so not for relays across a network. */
    OPTIONAL,
    /** Always: the connection fails (temporarily) when the server does not offer it. */
    REQUIRED
}
