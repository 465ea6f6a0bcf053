package io.marketpilot.app.experiment;

import io.marketpilot.app.insight.StoreSegments;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Eligibility by the latest segmentation run: a unit is a customer id, and it is eligible when that run put the
 * customer in the target segment (named by number or persona name). Re-running segmentation moves customers, and
 * assignment follows the run that is current when the unit first arrives; units already assigned keep their variant
 * because assignment is a pure hash.
 */
public final class SegmentEligibility implements Eligibility {
    private static final String RUN_FIRST = "there is no segmentation run yet (run 'marketpilot segment' first)";

    private final StoreSegments segments;
    /** The latest run as last parsed (null before the first unit): its summary is read once per run, not per unit. */
    private volatile StoreSegments.@Nullable StoredRun parsed;

    public SegmentEligibility(StoreSegments segments) {
        this.segments = segments;
    }

    private Optional<StoreSegments.StoredRun> latest() {
        var newest = segments.runs().latest();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        StoreSegments.StoredRun cached = parsed;
        if (cached == null || cached.run().id() != newest.get().id()) {
            cached = segments.find(newest.get().id()).orElseThrow();
            parsed = cached;
        }
        return Optional.of(cached);
    }

    @Override
    public Optional<String> unknownSegment(String segment) {
        var run = latest();
        if (run.isEmpty()) {
            return Optional.of(RUN_FIRST);
        }
        return run.get().number(segment).isPresent()
                ? Optional.empty()
                : Optional.of("the latest segmentation run has no such segment; its segments are "
                        + String.join(", ", run.get().labels()));
    }

    @Override
    public Optional<String> whyNot(String segment, String unitId) {
        var run = latest();
        if (run.isEmpty()) {
            return Optional.of(RUN_FIRST);
        }
        var target = run.get().number(segment);
        if (target.isEmpty()) {
            return Optional.of("the latest segmentation run (" + run.get().run().id() + ") has no such segment");
        }
        var actual = segments.segmentOf(run.get().run().id(), unitId);
        if (actual.isEmpty()) {
            return Optional.of("it is not a customer in the latest segmentation run ("
                    + run.get().run().id() + ")");
        }
        if (!actual.get().equals(target.get())) {
            return Optional.of("the latest segmentation run puts it in segment " + actual.get() + " ("
                    + run.get().segmentName(actual.get()) + ")");
        }
        return Optional.empty();
    }
}
