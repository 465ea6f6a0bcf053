package io.marketpilot.experiments.assignment;

/**
 * Assigns units to the variants of one experiment: the same salt and unit always give the same variant (sticky
 * without storage), and experiments with different salts assign independently of each other.
 *
 * @param salt a per-experiment secret-free random string, e.g. the experiment's id
 * @param allocation how buckets map to variants
 */
public record VariantAssigner(String salt, Allocation allocation) {
    public VariantAssigner {
        if (salt == null || salt.isBlank()) {
            throw new IllegalArgumentException("an experiment salt is required");
        }
        if (allocation == null) {
            throw new IllegalArgumentException("an allocation is required");
        }
    }

    public int bucket(String unitId) {
        return BucketHasher.bucket(salt, unitId);
    }

    /** The variant index in [0, variants) for this unit. */
    public int assign(String unitId) {
        if (unitId == null || unitId.isEmpty()) {
            throw new IllegalArgumentException("a unit id is required");
        }
        return allocation.variantOf(bucket(unitId));
    }
}
