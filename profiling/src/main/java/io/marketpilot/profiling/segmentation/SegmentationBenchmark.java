package io.marketpilot.profiling.segmentation;

import io.marketpilot.profiling.features.SyntheticShop;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Times a whole automatic segmentation (features, scaling, k = 2..10 with 10 restarts each, exact silhouette,
 * personas) of the seeded Online-Retail-sized shop, and prints the personas it finds.
 */
public final class SegmentationBenchmark {
    private SegmentationBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        SyntheticShop shop = SyntheticShop.generate(4_400, 24_700, 2011);
        var service = SegmentationService.withDefaults();
        SegmentationResult result = segment(service, shop);
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = segment(service, shop);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "segmentation of %,d customers: median %.0f ms over %d runs after a warm-up; k=%d, silhouette %.3f%n",
                result.snapshot().customers(),
                millis[runs / 2],
                runs,
                result.k(),
                result.silhouette().orElse(Double.NaN));
        for (KScore score : result.elbow()) {
            System.out.printf(
                    Locale.ROOT,
                    "  k=%2d inertia %10.1f silhouette %.3f%n",
                    score.k(),
                    score.inertia(),
                    score.silhouette().orElse(Double.NaN));
        }
        for (SegmentSummary segment : result.segments()) {
            System.out.printf(
                    Locale.ROOT,
                    "  %d %s: %s%n",
                    segment.segmentId(),
                    segment.persona().name(),
                    segment.persona().description());
        }
    }

    private static SegmentationResult segment(SegmentationService service, SyntheticShop shop) {
        return service.segment(
                shop.customers(),
                shop.orders(),
                shop.products(),
                shop.events(),
                Optional.empty(),
                SegmentationRequest.auto(shop.asOf(), 42));
    }
}
