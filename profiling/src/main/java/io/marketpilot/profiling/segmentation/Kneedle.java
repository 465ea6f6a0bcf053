package io.marketpilot.profiling.segmentation;

import java.util.List;
import java.util.OptionalInt;

/**
 * The elbow of a decreasing inertia curve by the kneedle method (Satopää et al., 2011): with k and inertia both
 * scaled to [0, 1], the knee is the k whose point lies furthest below the straight line from the first point to
 * the last.
 */
final class Kneedle {
    private Kneedle() {}

    static OptionalInt elbow(List<KScore> curve) {
        if (curve.size() < 3) {
            return OptionalInt.empty();
        }
        KScore first = curve.get(0);
        KScore last = curve.get(curve.size() - 1);
        double kSpan = last.k() - first.k();
        double inertiaSpan = first.inertia() - last.inertia();
        if (kSpan <= 0 || inertiaSpan <= 0) {
            return OptionalInt.empty();
        }
        int best = -1;
        double bestGap = 0;
        for (KScore point : curve) {
            double x = (point.k() - first.k()) / kSpan;
            double y = (point.inertia() - last.inertia()) / inertiaSpan;
            // the chord from (0, 1) to (1, 0) is y = 1 − x; a convex curve lies below it
            double gap = (1 - x) - y;
            if (gap > bestGap) {
                bestGap = gap;
                best = point.k();
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
