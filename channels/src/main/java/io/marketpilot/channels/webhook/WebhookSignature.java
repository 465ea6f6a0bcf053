package io.marketpilot.channels.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook request, and how a receiver checks it. The request carries
 *
 * <pre>X-MarketPilot-Signature: t=1741255200,v1=5f2b…</pre>
 *
 * where {@code t} is the time of signing in Unix seconds and {@code v1} the lower-case hex HMAC-SHA256, keyed with the
 * shared secret (its UTF-8 bytes), of the bytes {@code t + "." + body}: the decimal {@code t}, a full stop, and the
 * request body exactly as received. Signing the time with the body lets a receiver refuse a captured request replayed
 * later: {@link #verify} accepts a signature only within a tolerance of the receiver's clock. A receiver compares in
 * constant time, and during a change of secret may accept several {@code v1} values; unknown keys are ignored, so a
 * later scheme can be added beside {@code v1}.
 */
public final class WebhookSignature {
    /** The header that carries the signature. */
    public static final String HEADER = "X-MarketPilot-Signature";

    private WebhookSignature() {}

    /** The header value for {@code body} signed at {@code at}. */
    public static String sign(String secret, Instant at, String body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(secret, t, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code header} signs {@code body} with {@code secret} within {@code tolerance} of the system clock. */
    public static boolean verify(String secret, String header, String body, Duration tolerance) {
        return verify(
                secret,
                header,
                body.getBytes(StandardCharsets.UTF_8),
                tolerance,
                Clock.systemUTC().instant());
    }

    /** The same for the raw body bytes at the receiver's time {@code now}. */
    public static boolean verify(String secret, String header, byte[] body, Duration tolerance, Instant now) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(tolerance, "tolerance");
        long t = -1;
        int signatures = 0;
        byte[][] given = new byte[8][];
        for (String part : header.split(",", 16)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                return false;
            }
            String key = part.substring(0, eq).strip();
            String value = part.substring(eq + 1).strip();
            if (key.equals("t")) {
                if (t >= 0 || !value.matches("\\d{1,12}")) {
                    return false;
                }
                t = Long.parseLong(value);
            } else if (key.equals("v1") && signatures < given.length && value.matches("[0-9a-fA-F]{64}")) {
                given[signatures++] = HexFormat.of().parseHex(value);
            }
        }
        if (t < 0 || signatures == 0) {
            return false;
        }
        long skew = Math.abs(now.getEpochSecond() - t);
        if (skew > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t, body);
        boolean match = false;
        for (int i = 0; i < signatures; i++) {
            match |= MessageDigest.isEqual(expected, given[i]);
        }
        return match;
    }

    private static byte[] hmac(String secret, long t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
