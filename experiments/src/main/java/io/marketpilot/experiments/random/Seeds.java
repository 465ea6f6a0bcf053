package io.marketpilot.experiments.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Creates the seeded random streams that every simulation and policy in this module draws from. */
public final class Seeds {
    private Seeds() {}

    /**
     * A generator whose algorithm is fixed (xoroshiro128++), so a seed reproduces the same stream on every JDK,
     * unlike {@link java.util.Random} subclasses whose derived methods may change between releases.
     */
    public static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /**
     * A seed for an independent sub-stream, e.g. one for the environment and one for the policy, so that changing how
     * often a policy draws does not change the rewards the environment hands out.
     */
    public static long derive(long seed, long stream) {
        // SplitMix64 finaliser: nearby (seed, stream) pairs give unrelated outputs.
        long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
