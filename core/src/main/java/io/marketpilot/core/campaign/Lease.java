package io.marketpilot.core.campaign;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import java.time.Duration;
import java.time.Instant;

/**
 * A worker's claim on queued messages: who holds it and until when. A worker that has not finished a message by
 * then is presumed dead, and another may claim it; the first worker's late report is then refused.
 *
 * @param owner names the worker (host, process, thread), unique among the workers sharing a store
 */
public record Lease(String owner, Instant until) {
    public Lease {
        Check.id(owner, "lease owner", FieldLimits.LEASE_OWNER);
        Check.present(until, "lease end");
    }

    /** A lease for {@code owner} that lasts {@code length} from {@code now}. */
    public static Lease of(String owner, Instant now, Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw MarketPilotException.invalid("A lease lasts a positive time, was " + length);
        }
        return new Lease(owner, now.plus(length));
    }
}
