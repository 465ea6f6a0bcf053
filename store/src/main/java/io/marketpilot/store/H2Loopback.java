package io.marketpilot.store;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import org.h2.engine.SysProperties;

/**
 * Keeps H2's automatic mixed-mode server (the port through which the CLI reaches a store that {@code serve} holds)
 * on the loopback interface. H2 binds it to every interface unless the system property {@code h2.bindAddress} names
 * one, and reads that property once, when its first class loads.
 */
final class H2Loopback {
    static final String PROPERTY = "h2.bindAddress";
    static final String LOOPBACK = "127.0.0.1";

    private H2Loopback() {}

    /**
     * Sets the property unless the operator did; fails when H2 was loaded before it could be set, rather than
     * serve the store on every interface.
     */
    static void require() {
        if (System.getProperty(PROPERTY, "").isBlank()) {
            System.setProperty(PROPERTY, LOOPBACK);
        }
        if (SysProperties.BIND_ADDRESS == null || SysProperties.BIND_ADDRESS.isBlank()) {
            throw new MarketPilotException(
                    ErrorCode.INTERNAL,
                    "H2 was loaded before MarketPilot could keep its server on loopback; start Java with -D" + PROPERTY
                            + "=" + LOOPBACK);
        }
    }
}
