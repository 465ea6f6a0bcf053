package io.marketpilot.experiments.assignment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Hashes (experiment salt, unit id) into one of {@link #BUCKETS} buckets.
 *
 * <p>SHA-256 rather than {@code String.hashCode} or a fast non-cryptographic hash: its output is specified, so any
 * other service (or a SQL query) can reproduce an assignment, and its bits are uniform and independent across
 * salts, which is what makes experiments with different salts independent. The salt is length-prefixed so that
 * ("ab", "c") and ("a", "bc") cannot collide.
 */
public final class BucketHasher {
    public static final int BUCKETS = 10_000;
    // Looking up a digest per call costs more than hashing a short id; one per thread is reused (reset by digest()).
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(BucketHasher::sha256);

    private BucketHasher() {}

    public static int bucket(String salt, String unitId) {
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        byte[] unitBytes = unitId.getBytes(StandardCharsets.UTF_8);
        MessageDigest sha = SHA256.get();
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(saltBytes.length).array());
        sha.update(saltBytes);
        sha.update(unitBytes);
        long head = ByteBuffer.wrap(sha.digest()).getLong();
        // 2^64 mod 10,000 leaves a bias of order 1e-16 per bucket: negligible.
        return (int) Long.remainderUnsigned(head, BUCKETS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
