package io.marketpilot.profiling.segmentation;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.Product;
import io.marketpilot.profiling.features.CustomerFeatureExtractor;
import io.marketpilot.profiling.features.FeatureColumn;
import io.marketpilot.profiling.features.FeatureSnapshot;
import io.marketpilot.profiling.features.FeatureTransformer;
import io.marketpilot.profiling.features.FittedTransform;
import io.marketpilot.profiling.features.TransformOptions;
import io.marketpilot.profiling.persona.DistinguishingItems;
import io.marketpilot.profiling.persona.Persona;
import io.marketpilot.profiling.persona.PersonaWriter;
import io.marketpilot.profiling.persona.RuleBasedPersonaWriter;
import io.marketpilot.profiling.persona.SegmentFacts;
import io.marketpilot.profiling.persona.SegmentProfiler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Segments customers: features as of a date, scaling, k-means (fixed or automatic k) and personas. */
public final class SegmentationService {
    private final CustomerFeatureExtractor extractor;
    private final FeatureTransformer transformer = new FeatureTransformer();
    private final TransformOptions transformOptions;
    private final KMeansOptions kmeansOptions;
    private final SegmentProfiler profiler = new SegmentProfiler();
    private final PersonaWriter personaWriter;

    /**
     * @param kmeansOptions iteration cap and parallelism; restarts come from each request
     */
    public SegmentationService(
            CustomerFeatureExtractor extractor,
            TransformOptions transformOptions,
            KMeansOptions kmeansOptions,
            PersonaWriter personaWriter) {
        this.extractor = extractor;
        this.transformOptions = transformOptions;
        this.kmeansOptions = kmeansOptions;
        this.personaWriter = personaWriter;
    }

    /** Default features, robust scaling without PCA, default k-means settings and rule-based personas. */
    public static SegmentationService withDefaults() {
        return withPersonaWriter(new RuleBasedPersonaWriter());
    }

    /** The defaults with another persona writer (e.g. a language model's narratives). */
    public static SegmentationService withPersonaWriter(PersonaWriter personaWriter) {
        return new SegmentationService(
                new CustomerFeatureExtractor(),
                TransformOptions.robustScaling(),
                KMeansOptions.defaults(),
                personaWriter);
    }

    /**
     * Segments the customers.
     *
     * @param sentiment review sentiment per customer id, shown in personas when given
     * @throws MarketPilotException when there is nothing to segment: no orders, fewer than two customers with a
     *     sale, k above the number of customers, or customers that are all alike
     */
    public SegmentationResult segment(
            List<Customer> customers,
            List<Order> orders,
            List<Product> products,
            List<Event> events,
            Optional<Map<String, Double>> sentiment,
            SegmentationRequest request) {
        return segment(customers, orders, products, events, sentiment, Optional.empty(), request);
    }

    /**
     * Segments the customers, with a churn model's predictions to keep persona names honest.
     *
     * @param churnRisk predicted churn risk (1 − P(alive)) per customer id as of the request's date, when a model
     *     supplied it; a segment whose members' mean is high is never named steady, active or loyal
     */
    public SegmentationResult segment(
            List<Customer> customers,
            List<Order> orders,
            List<Product> products,
            List<Event> events,
            Optional<Map<String, Double>> sentiment,
            Optional<Map<String, Double>> churnRisk,
            SegmentationRequest request) {
        if (orders.isEmpty()) {
            throw MarketPilotException.invalid("there are no orders: segmentation needs purchase history");
        }
        FeatureSnapshot snapshot = extractor.extract(customers, orders, products, events, sentiment, request.asOf());
        int n = snapshot.rows();
        validateSize(snapshot, request);
        FittedTransform transform = transformer.fit(snapshot, transformOptions);
        var points = new Points(transform.apply(snapshot.matrix()), n, transform.outputDimension());
        validateDistinct(points, request);

        var kmeans = new AutoKMeans(
                new LloydKMeans(kmeansOptions.withRestarts(request.restarts())), KChoiceRule.FOR_SEGMENTS);
        KMeansResult clustering = request.k().isPresent()
                ? kmeans.fixed(points, request.k().getAsInt(), request.seed())
                : kmeans.auto(points, request.kMax(), request.seed());
        int k = clustering.k();
        int[] bySize = largestFirst(clustering.labels(), k);
        int[] labels = new int[n];
        double[][] centroids = new double[k][];
        for (int old = 0; old < k; old++) {
            centroids[bySize[old]] = clustering.centroids()[old];
        }
        List<Assignment> assignments = new ArrayList<>(n);
        var plane = io.marketpilot.profiling.features.PcaBasis.plane(points.data(), n, points.d());
        double[] xy = new double[2];
        for (int i = 0; i < n; i++) {
            labels[i] = bySize[clustering.labels()[i]];
            double distance = Math.sqrt(points.squaredDistance(i, centroids[labels[i]], 0));
            xy[1] = 0;
            plane.project(points.data(), i * points.d(), xy, 0);
            assignments.add(new Assignment(snapshot.customerIds().get(i), labels[i], distance, xy[0], xy[1]));
        }
        var items = DistinguishingItems.find(
                snapshot.customerIds(),
                labels,
                k,
                orders,
                products,
                request.asOf().atStartOfDay());
        List<SegmentFacts> facts =
                profiler.profile(snapshot, labels, k, churnRisk.map(risk -> perRow(snapshot, risk)), items);
        List<Persona> personas = personaWriter.write(facts);
        List<SegmentSummary> segments = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            segments.add(new SegmentSummary(
                    s, facts.get(s).size(), originalUnits(transform, centroids[s]), personas.get(s)));
        }
        return new SegmentationResult(
                snapshotInfo(snapshot, transform),
                k,
                clustering.silhouette(),
                clustering.inertia(),
                clustering.curve(),
                clustering.choice(),
                assignments,
                segments,
                request.seed(),
                clustering.method() + "; " + personaWriter.describe());
    }

    private static double[] perRow(FeatureSnapshot snapshot, Map<String, Double> values) {
        double[] rows = new double[snapshot.rows()];
        for (int i = 0; i < rows.length; i++) {
            Double v = values.get(snapshot.customerIds().get(i));
            rows[i] = v == null ? Double.NaN : v;
        }
        return rows;
    }

    private static void validateSize(FeatureSnapshot snapshot, SegmentationRequest request) {
        int n = snapshot.rows();
        String customersWithSale = " customers with a sale before " + request.asOf();
        if (n == 0) {
            throw MarketPilotException.invalid("none of the " + snapshot.excludedCustomers() + " customers has a sale"
                    + " before " + request.asOf() + ": there is nothing to segment");
        }
        if (n == 1) {
            throw MarketPilotException.invalid("segmentation needs at least 2" + customersWithSale + "; found 1");
        }
        if (request.k().isPresent() && request.k().getAsInt() > n) {
            throw MarketPilotException.invalid(
                    "k=" + request.k().getAsInt() + " is more than the " + n + customersWithSale + "; choose k ≤ " + n);
        }
        if (request.k().isEmpty() && n < 3) {
            throw MarketPilotException.invalid("choosing k automatically needs at least 3" + customersWithSale
                    + "; found " + n + ". Give a fixed k instead");
        }
    }

    private static void validateDistinct(Points points, SegmentationRequest request) {
        int wanted = request.k().orElse(2);
        int distinct = points.distinctAtMost(Math.max(2, wanted));
        if (distinct == 1) {
            throw MarketPilotException.invalid("all " + points.n() + " customers have identical features: there is"
                    + " nothing to split, and the silhouette is undefined");
        }
        if (distinct < wanted) {
            throw MarketPilotException.invalid(
                    "only " + distinct + " customers have distinct features, fewer than k=" + wanted);
        }
    }

    /** new id per old label: segments numbered by size, largest first (ties by old label). */
    private static int[] largestFirst(int[] labels, int k) {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer c) -> -sizes[c]));
        int[] newId = new int[k];
        for (int rank = 0; rank < k; rank++) {
            newId[order[rank]] = rank;
        }
        return newId;
    }

    private static Map<String, Double> originalUnits(FittedTransform transform, double[] centroid) {
        double[] original = transform.toOriginal(centroid);
        Map<String, Double> values = new LinkedHashMap<>();
        List<FeatureColumn> columns = transform.columns();
        for (int j = 0; j < columns.size(); j++) {
            values.put(columns.get(j).name(), original[j]);
        }
        return Collections.unmodifiableMap(values);
    }

    private static SnapshotInfo snapshotInfo(FeatureSnapshot snapshot, FittedTransform transform) {
        List<String> clusterColumns = new ArrayList<>();
        for (FeatureColumn column : transform.columns()) {
            clusterColumns.add(column.name());
        }
        return new SnapshotInfo(
                snapshot.asOf(),
                snapshot.definitionVersion(),
                snapshot.columnNames(),
                clusterColumns,
                snapshot.rows(),
                snapshot.excludedCustomers(),
                transform.describe());
    }
}
