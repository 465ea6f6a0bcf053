package io.marketpilot.profiling.segmentation;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * What to segment and how.
 *
 * @param asOf features use history strictly before this date
 * @param k a fixed number of segments, or empty to choose it by {@link KChoiceRule#FOR_SEGMENTS} from k = 2..kMax
 * @param kMax the largest k tried when choosing automatically
 * @param seed every random choice derives from it: same data and seed, same segments
 * @param restarts k-means++ restarts per k
 */
public record SegmentationRequest(LocalDate asOf, OptionalInt k, int kMax, long seed, int restarts) {
    public SegmentationRequest {
        if (asOf == null) {
            throw MarketPilotException.invalid("the as-of date is required");
        }
        if (k == null) {
            k = OptionalInt.empty();
        }
        if (k.isPresent() && k.getAsInt() < 1) {
            throw MarketPilotException.invalid("k must be at least 1, got " + k.getAsInt());
        }
        if (k.isEmpty() && kMax < 2) {
            throw MarketPilotException.invalid("kMax must be at least 2, got " + kMax);
        }
        if (restarts < 1) {
            throw MarketPilotException.invalid("restarts must be at least 1, got " + restarts);
        }
    }

    /** Automatic k in [2, 10] with 10 restarts. */
    public static SegmentationRequest auto(LocalDate asOf, long seed) {
        return new SegmentationRequest(
                asOf, OptionalInt.empty(), AutoKMeans.DEFAULT_K_MAX, seed, KMeansOptions.DEFAULT_RESTARTS);
    }

    /** A fixed k with 10 restarts. */
    public static SegmentationRequest fixed(LocalDate asOf, int k, long seed) {
        return new SegmentationRequest(
                asOf, OptionalInt.of(k), AutoKMeans.DEFAULT_K_MAX, seed, KMeansOptions.DEFAULT_RESTARTS);
    }
}
