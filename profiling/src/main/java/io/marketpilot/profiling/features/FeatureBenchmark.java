package io.marketpilot.profiling.features;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Times feature extraction and scaling on a seeded shop the size of the UCI Online Retail data (about 4,400
 * customers and 540,000 order lines, already in memory). Optional argument: the number of timed runs.
 */
public final class FeatureBenchmark {
    private FeatureBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long start = System.nanoTime();
        SyntheticShop shop = SyntheticShop.generate(4_400, 24_700, 2011);
        System.out.printf(
                Locale.ROOT,
                "synthetic shop: %,d customers, %,d orders, %,d lines, %,d products, %,d events (generated in %.0f ms)%n",
                shop.customers().size(),
                shop.orders().size(),
                shop.lineCount(),
                shop.products().size(),
                shop.events().size(),
                (System.nanoTime() - start) / 1e6);
        var extractor = new CustomerFeatureExtractor();
        FeatureSnapshot snapshot = null;
        for (int i = 0; i < 3; i++) {
            snapshot = extract(extractor, shop);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            snapshot = extract(extractor, shop);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "features: %,d customers x %d columns (%d excluded): median %.0f ms, min %.0f ms, max %.0f ms over %d"
                        + " runs after 3 warm-ups%n",
                snapshot.rows(),
                snapshot.columnNames().size(),
                snapshot.excludedCustomers(),
                millis[runs / 2],
                millis[0],
                millis[runs - 1],
                runs);
        var transformer = new FeatureTransformer();
        double[] transformMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            FittedTransform transform = transformer.fit(snapshot, TransformOptions.robustScaling());
            transform.apply(snapshot.matrix());
            transformMillis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(transformMillis);
        System.out.printf(Locale.ROOT, "log1p + robust scaling: median %.1f ms%n", transformMillis[runs / 2]);
    }

    private static FeatureSnapshot extract(CustomerFeatureExtractor extractor, SyntheticShop shop) {
        return extractor.extract(
                shop.customers(), shop.orders(), shop.products(), shop.events(), Optional.empty(), shop.asOf());
    }
}
