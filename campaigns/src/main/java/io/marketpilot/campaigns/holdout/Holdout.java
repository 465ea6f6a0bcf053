package io.marketpilot.campaigns.holdout;

import io.marketpilot.core.MarketPilotException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Assigns customers to a campaign's holdout: SHA-256 of the campaign id and the customer id, read as a uniform number
 * in [0, 1), is below the holdout share. It is random across customers, sticky (the same customer is in or out every
 * time the audience is resolved, on every server) and independent between campaigns, since the campaign id seeds it.
 */
public final class Holdout {
    private Holdout() {}

    /** Whether the customer is in the campaign's holdout at this share (0 to 1). */
    public static boolean contains(String campaignId, String customerId, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw MarketPilotException.invalid("A holdout share is between 0 and 1, was " + share);
        }
        return position(campaignId, customerId) < share;
    }

    /**
     * The customer's place in [0, 1) for this campaign: the top 53 bits of SHA-256(campaign id, NUL, customer id) over
     * 2^53, every double in [0, 1) that step apart equally likely. The NUL keeps ("a", "bc") and ("ab", "c") apart.
     */
    public static double position(String campaignId, String customerId) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
        sha256.update(campaignId.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(customerId.getBytes(StandardCharsets.UTF_8));
        long bits = ByteBuffer.wrap(sha256.digest()).getLong();
        return (bits >>> 11) * 0x1p-53;
    }
}
