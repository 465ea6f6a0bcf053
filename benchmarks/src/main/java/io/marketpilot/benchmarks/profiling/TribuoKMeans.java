package io.marketpilot.benchmarks.profiling;

import io.marketpilot.profiling.segmentation.ClusterFit;
import io.marketpilot.profiling.segmentation.Clusterer;
import io.marketpilot.profiling.segmentation.LloydKMeans;
import io.marketpilot.profiling.segmentation.NearestCentroid;
import io.marketpilot.profiling.segmentation.Points;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.la.DenseVector;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Tribuo's k-means++ behind our interface, for {@link KMeansBenchmark} only (Tribuo is an optional dependency).
 * Tribuo has no restarts, so it trains once per derived seed and keeps the lowest inertia, as we do. The
 * converted dataset of the last points is cached so that a benchmark times training, not conversion.
 */
public final class TribuoKMeans implements Clusterer {
    private final int restarts;
    private final int maxIterations;
    private final int threads;
    // the last points converted, compared by identity: a benchmark fits the very same Points again and again
    private @Nullable Points cachedPoints;
    private @Nullable MutableDataset<ClusterID> cachedDataset;

    public TribuoKMeans(int restarts, int maxIterations, int threads) {
        this.restarts = restarts;
        this.maxIterations = maxIterations;
        this.threads = threads;
    }

    @Override
    public ClusterFit fit(Points points, int k, long seed) {
        MutableDataset<ClusterID> dataset = dataset(points);
        ClusterFit best = null;
        for (long restartSeed : LloydKMeans.restartSeeds(seed, restarts)) {
            var trainer = new KMeansTrainer(
                    k, maxIterations, new L2Distance(), KMeansTrainer.Initialisation.PLUSPLUS, threads, restartSeed);
            KMeansModel model = trainer.train(dataset);
            DenseVector[] vectors = model.getCentroidVectors();
            double[] centroids = new double[k * points.d()];
            for (int c = 0; c < vectors.length; c++) {
                System.arraycopy(vectors[c].toArray(), 0, centroids, c * points.d(), points.d());
            }
            ClusterFit fit = NearestCentroid.assign(points, centroids, k, 0);
            if (best == null || fit.inertia() < best.inertia()) {
                best = fit;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("k-means needs at least one restart, not " + restarts);
        }
        return best;
    }

    @Override
    public String describe() {
        return "tribuo KMeansTrainer(PLUSPLUS, L2, threads=" + threads + ") x " + restarts + " seeds";
    }

    @SuppressWarnings("ReferenceEquality") // a cache for the same instance, see cachedPoints
    private MutableDataset<ClusterID> dataset(Points points) {
        MutableDataset<ClusterID> cached = cachedDataset;
        if (points == cachedPoints && cached != null) {
            return cached;
        }
        // zero-padded names: Tribuo orders features by name, and the centroids must come back in our order
        String[] names = new String[points.d()];
        for (int j = 0; j < names.length; j++) {
            names[j] = String.format("f%03d", j);
        }
        List<Example<ClusterID>> examples = new ArrayList<>(points.n());
        for (int i = 0; i < points.n(); i++) {
            examples.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, points.row(i)));
        }
        var provenance = new SimpleDataSourceProvenance("benchmark points", new ClusteringFactory());
        cachedDataset = new MutableDataset<>(examples, provenance, new ClusteringFactory());
        cachedPoints = points;
        return cachedDataset;
    }
}
