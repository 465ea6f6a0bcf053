package io.marketpilot.core.campaign;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes addresses for the suppression list with a per-installation secret (HMAC-SHA256), after normalising them
 * per channel so that {@code " Ann@Example.COM"} and {@code "ann@example.com"} are one address. The secret keeps a
 * leaked list from being reversed by hashing a dictionary of addresses; it must stay the same for the life of the
 * installation, or suppressed addresses stop matching.
 */
public final class AddressHasher {
    /** The fewest secret bytes accepted: 128 bits. */
    public static final int MIN_SECRET_BYTES = 16;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    /** Initialised once: cloning it is several times cheaper than looking up and initialising a Mac per call. */
    private final Mac prototype;

    public AddressHasher(byte[] secret) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw MarketPilotException.invalid("The address-hashing secret needs at least " + MIN_SECRET_BYTES
                    + " bytes, it has " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.prototype = newMac();
    }

    /** The hash of {@code address} on {@code channel}, after {@link #normalise}. */
    public AddressHash hash(ChannelKind channel, String address) {
        byte[] digest = mac().doFinal(normalise(channel, address).getBytes(StandardCharsets.UTF_8));
        return new AddressHash(HexFormat.of().formatHex(digest));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            // every JDK ships HmacSHA256; getting here means a broken runtime, not bad input
            throw new MarketPilotException(ErrorCode.INTERNAL, "HMAC-SHA256 is not available", Map.of(), e);
        }
    }

    /** A fresh Mac under the key: a Mac holds state, so each call gets its own. */
    private Mac mac() {
        try {
            synchronized (prototype) {
                return (Mac) prototype.clone();
            }
        } catch (CloneNotSupportedException e) {
            // a provider whose Mac cannot be cloned: initialise one each time instead
            return newMac();
        }
    }

    /**
     * One spelling per address: e-mail trimmed and lower-cased (local parts are case-insensitive in practice, and a
     * missed match here means a suppressed person is mailed); a phone number as its digits, with a leading '+' kept;
     * a webhook target trimmed.
     */
    public static String normalise(ChannelKind channel, String address) {
        String trimmed = address.strip();
        String normal =
                switch (channel) {
                    case EMAIL -> trimmed.toLowerCase(Locale.ROOT);
                    case SMS -> (trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("[^0-9]", "");
                    case WEBHOOK -> trimmed;
                };
        if (normal.isEmpty() || normal.equals("+")) {
            throw MarketPilotException.invalid("An empty " + channel.wireName() + " address cannot be hashed");
        }
        return normal;
    }
}
