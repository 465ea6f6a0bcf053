package io.marketpilot.core.campaign;

import io.marketpilot.core.MarketPilotException;
import org.jspecify.annotations.Nullable;

/**
 * An address (e-mail, phone number, webhook target) as the suppression list keeps it: HMAC-SHA256 of the normalised
 * address under the installation's secret, in lower-case hex, made by {@link AddressHasher}. The list never holds
 * the address itself, so an erased customer stays suppressed after a re-import without being remembered.
 */
public record AddressHash(String hex) {
    public AddressHash {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw MarketPilotException.invalid("An address hash is 64 lower-case hex digits (HMAC-SHA256)");
        }
    }

    /** The hash written as text (by the store, an export), read back; anything else is refused. */
    public static AddressHash parse(@Nullable String text) {
        return new AddressHash(Check.present(text, "address hash").strip());
    }

    @Override
    public String toString() {
        return hex;
    }
}
