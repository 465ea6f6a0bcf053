package io.marketpilot.campaigns.links;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and checks the signed tokens of a message's links: {@code base64url(payload).base64url(HMAC-SHA256)} with the
 * installation's link secret, URL-safe without padding. The payload names the format version, purpose, campaign,
 * customer, issue time and (for clicks) the target, one per line; the signature covers all of it, so no part can be
 * changed or moved to another purpose without the secret. Signatures are compared in constant time.
 */
public final class LinkSigner {
    /** The fewest secret bytes accepted: 256 bits, HMAC-SHA256's own strength. */
    public static final int MIN_SECRET_BYTES = 32;
    /** Longer tokens are refused before any decoding: a click token with the longest target fits well within it. */
    public static final int MAX_TOKEN_LENGTH = 4_096;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    /** Initialised once: cloning it is several times cheaper than looking up and initialising a Mac per call. */
    private final Mac prototype;

    public LinkSigner(byte[] secret) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw MarketPilotException.invalid(
                    "The link secret needs at least " + MIN_SECRET_BYTES + " bytes, it has " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.prototype = newMac();
    }

    /** The URL-safe token for this link. */
    public String sign(LinkToken token) {
        String payload = String.join(
                "\n",
                VERSION,
                token.purpose().wireName(),
                token.campaignId(),
                token.customerId(),
                Long.toString(token.issuedAt().getEpochSecond()),
                token.target().orElse(""));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /**
     * What a token says, when it was made here for {@code expected} and has not expired at {@code now}. A token that
     * is malformed, altered, signed with another secret, made for another purpose or expired is refused with a
     * {@link MarketPilotException}: {@link ErrorCode#INVALID_INPUT} when it is not a token at all, {@link
     * ErrorCode#FORBIDDEN} when it is one that may not be used here.
     */
    public LinkToken verify(String token, LinkPurpose expected, Instant now) {
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw malformed("it is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw malformed("it is not two parts joined by a dot");
        }
        byte[] payload = decode(token.substring(0, dot));
        byte[] signature = decode(token.substring(dot + 1));
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw forbidden("The link's signature does not match: it was altered, or not made by this installation");
        }
        // signed by us, so the layout below is ours; a mismatch means a format change, not an attack
        String[] fields = utf8(payload).split("\n", -1);
        if (fields.length != 6 || !fields[0].equals(VERSION)) {
            throw malformed("its format is not " + VERSION);
        }
        LinkPurpose purpose = purpose(fields[1]);
        if (purpose != expected) {
            throw forbidden("This link is for " + purpose.wireName() + ", not " + expected.wireName());
        }
        Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(fields[4]));
        purpose.maxAge().ifPresent(maxAge -> {
            if (now.isAfter(issuedAt.plus(maxAge))) {
                throw forbidden(
                        "This " + purpose.wireName() + " link expired " + maxAge.toDays() + " days after " + issuedAt);
            }
        });
        Optional<String> target = fields[5].isEmpty() ? Optional.empty() : Optional.of(fields[5]);
        return new LinkToken(purpose, fields[2], fields[3], issuedAt, target);
    }

    private byte[] mac(byte[] payload) {
        return mac().doFinal(payload);
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

    private static byte[] decode(String part) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw malformed("it is not URL-safe base64");
        }
        // the decoder ignores the unused low bits of the last character, so without this check several spellings
        // of one token would verify; exactly one does
        if (!ENCODER.encodeToString(bytes).equals(part)) {
            throw malformed("it is not URL-safe base64 as this installation writes it");
        }
        return bytes;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed("its payload is not UTF-8");
        }
    }

    private static LinkPurpose purpose(String name) {
        for (LinkPurpose p : LinkPurpose.values()) {
            if (p.wireName().equals(name)) {
                return p;
            }
        }
        throw malformed("its purpose '" + name + "' is unknown");
    }

    private static MarketPilotException malformed(String why) {
        return new MarketPilotException(
                ErrorCode.INVALID_INPUT, "This is not a valid link token: " + why, Map.of("field", "token"));
    }

    private static MarketPilotException forbidden(String message) {
        return new MarketPilotException(ErrorCode.FORBIDDEN, message, Map.of("field", "token"));
    }
}
