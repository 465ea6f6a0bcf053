package io.marketpilot.app.insight;

import io.marketpilot.app.jobs.ModelJobs;
import io.marketpilot.app.jobs.Published;
import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.core.store.ReviewSentiments;
import io.marketpilot.core.store.SegmentationRuns;
import io.marketpilot.core.webhook.WebhookEventType;
import io.marketpilot.profiling.segmentation.Assignment;
import io.marketpilot.profiling.segmentation.SegmentationRequest;
import io.marketpilot.profiling.segmentation.SegmentationResult;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Segments the store's customers and keeps every run, versioned, with its members and their 2-D map. */
public final class StoreSegments {
    private static final Logger LOG = LoggerFactory.getLogger(StoreSegments.class);

    private final LanguageModel languageModel;
    private final ReviewSentiments reviewSentiments;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final ProductRepository products;
    private final EventRepository events;
    private final SegmentationRuns runs;
    private final WebhookEvents webhooks;
    private final Clock clock;
    private final Published<FeatureTable> features;
    private final List<Moves> followers = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Told after each run how customers moved: what the journeys' segment triggers enter customers on. */
    @FunctionalInterface
    public interface Moves {
        /**
         * Each customer's segment in the previous run and in the new one (absent when not in the run).
         *
         * @return how many customers the moves set in motion (journeys entered), for the log
         */
        int moved(Map<String, Integer> before, Map<String, Integer> after);
    }

    public StoreSegments(
            ReviewSentiments reviewSentiments,
            CustomerRepository customers,
            OrderRepository orders,
            ProductRepository products,
            EventRepository events,
            SegmentationRuns runs,
            LanguageModel languageModel,
            ModelJobs jobs,
            WebhookEvents webhooks,
            Clock clock) {
        this.languageModel = languageModel;
        this.reviewSentiments = reviewSentiments;
        this.customers = customers;
        this.orders = orders;
        this.products = products;
        this.events = events;
        this.runs = runs;
        this.webhooks = webhooks;
        this.clock = clock;
        this.features = Published.of("customer-features", this::featureStamp, this::buildFeatures, jobs, clock);
    }

    /** Tells {@code follower} of every later run, with the previous run's segments and the new one's. */
    public void onRun(Moves follower) {
        followers.add(follower);
    }

    /** A stored run with its summary (segments, personas, elbow curve). */
    public record StoredRun(SegmentationRuns.Run run, Map<String, Object> summary) {
        @SuppressWarnings("unchecked") // the summary is JSON read back: "segments" is a list of JSON objects
        public List<Map<String, Object>> segments() {
            return (List<Map<String, Object>>) required(summary, "segments");
        }

        /** A segment's number, as {@link Segmentations#summary} writes it into every segment of the summary. */
        public static int segmentNumber(Map<String, Object> segment) {
            return segmentFigure(segment, "segment").intValue();
        }

        /** A segment's count of customers, as {@link Segmentations#summary} writes it into every segment. */
        public static long segmentSize(Map<String, Object> segment) {
            return segmentFigure(segment, "size").longValue();
        }

        /**
         * A figure every segment of the summary has: {@code segment}, {@code size}, {@code share} or
         * {@code revenueShare}.
         */
        public static Number segmentFigure(Map<String, Object> segment, String key) {
            return (Number) required(segment, key);
        }

        /** A key every stored summary has: a summary without it was not written by {@link Segmentations}. */
        private static Object required(Map<String, Object> map, String key) {
            Object value = map.get(key);
            if (value == null) {
                throw new IllegalStateException("a segmentation summary without '" + key + "'");
            }
            return value;
        }

        public String segmentName(int segment) {
            return String.valueOf(segments().get(segment).get("name"));
        }

        /** A segment's number from its number or its persona name (case-insensitive), as requests name them. */
        public Optional<Integer> number(String numberOrName) {
            return segments().stream()
                    .filter(s -> String.valueOf(s.get("segment")).equals(numberOrName)
                            || String.valueOf(s.get("name")).equalsIgnoreCase(numberOrName))
                    .map(StoredRun::segmentNumber)
                    .findFirst();
        }

        /** The names of the segments, "number (name)", for messages that list the choices. */
        public List<String> labels() {
            return segments().stream()
                    .map(s -> s.get("segment") + " (" + s.get("name") + ")")
                    .toList();
        }
    }

    /** Segments everyone as the request says (k null: auto), stores the run and returns it. */
    public StoredRun run(@Nullable String k, long seed, Optional<java.time.LocalDate> asOf) {
        List<Order> all = new ArrayList<>();
        orders.forEach(all::add);
        SegmentationRequest request = Segmentations.request(k, seed, asOf, all);
        SegmentationResult result = Segmentations.run(
                allCustomers(),
                all,
                products.all(),
                allEvents(),
                Optional.of(sentiment()),
                request,
                Segmentations.personaWriter(languageModel, "segmentation"));
        Map<String, Object> summary = Segmentations.summary(result);
        List<SegmentationRuns.Member> members = new ArrayList<>();
        for (Assignment a : result.assignments()) {
            members.add(new SegmentationRuns.Member(a.customerId(), a.segment(), a.distance(), a.x(), a.y()));
        }
        Map<String, Object> parameters = Map.of(
                "k", k == null ? "auto" : k, "kMax", request.kMax(), "restarts", request.restarts(), "seed", seed);
        var run = new SegmentationRuns.Run(
                0,
                LocalDateTime.now(clock),
                request.asOf(),
                result.k(),
                seed,
                result.silhouette().orElse(Double.NaN),
                result.inertia(),
                result.snapshot().definitionVersion(),
                parameters);
        Map<String, Integer> before = followers.isEmpty() ? Map.of() : latestSegments();
        long id = runs.save(run, summary, members);
        LOG.info(
                "segment=run id={} k={} silhouette={} customers={}",
                id,
                result.k(),
                Segmentations.silhouette(result),
                members.size());
        StoredRun stored = find(id).orElseThrow();
        webhooks.publish(
                WebhookEventType.SEGMENT_RUN_FINISHED,
                "segment.run_finished:" + id,
                Map.of(
                        "runId", id,
                        "k", result.k(),
                        "customers", members.size(),
                        "segments", segmentSizes(stored)));
        if (!followers.isEmpty()) {
            Map<String, Integer> after = new HashMap<>();
            members.forEach(m -> after.put(m.customerId(), m.segment()));
            for (Moves follower : followers) {
                LOG.info("segment=moves run={} set_in_motion={}", id, follower.moved(before, after));
            }
        }
        return stored;
    }

    /** Each customer's segment in the latest stored run; empty before the first run. */
    private Map<String, Integer> latestSegments() {
        Map<String, Integer> segments = new HashMap<>();
        runs.latest().ifPresent(r -> runs.allMembers(r.id()).forEach(m -> segments.put(m.customerId(), m.segment())));
        return segments;
    }

    /** Each segment's number, name and size: what a subscriber needs, without the summary's figures. */
    private static List<Map<String, Object>> segmentSizes(StoredRun run) {
        return run.segments().stream()
                .map(s -> Map.<String, Object>of(
                        "segment", StoredRun.segmentNumber(s),
                        "name", String.valueOf(s.get("name")),
                        "size", StoredRun.segmentSize(s)))
                .toList();
    }

    /** The number of the largest segment of the latest run, as text (how content requests name a segment). */
    public Optional<String> largestSegment() {
        return latest().flatMap(r -> r.segments().stream()
                .max(java.util.Comparator.comparingLong(StoredRun::segmentSize))
                .map(m -> String.valueOf(m.get("segment"))));
    }

    /** A customer's segment number in a run, if the customer was segmented in it. */
    public Optional<Integer> segmentOf(long runId, String customerId) {
        return runs.history(customerId).stream()
                .filter(m -> m.runId() == runId)
                .map(SegmentationRuns.Membership::segment)
                .findFirst();
    }

    public Optional<StoredRun> latest() {
        return runs.latest().flatMap(r -> find(r.id()));
    }

    public Optional<StoredRun> find(long id) {
        return runs.find(id).map(r -> new StoredRun(r, runs.summary(id).orElse(Map.of())));
    }

    public List<SegmentationRuns.Run> list() {
        return runs.list();
    }

    public List<SegmentationRuns.Member> members(long runId) {
        return runs.allMembers(runId);
    }

    /** Customer → segment name in the latest run, e.g. for forecasts per segment; empty without a run. */
    public Map<String, String> latestNames() {
        Map<String, String> names = new HashMap<>();
        latest().ifPresent(r ->
                runs.allMembers(r.run().id()).forEach(m -> names.put(m.customerId(), r.segmentName(m.segment()))));
        return names;
    }

    public SegmentationRuns runs() {
        return runs;
    }

    /**
     * One customer's features (as of the latest run's date, or the day after the last order), with each feature's
     * description; empty when the customer has no sale before that date. Features are relative (ranks among all
     * customers), so they are computed for everyone at once and published; a read looks one customer up.
     */
    public Optional<Map<String, Object>> features(String customerId) {
        return features.latest().flatMap(table -> table.row(customerId));
    }

    /** The published feature table (status, explicit rebuilds). */
    public Published<FeatureTable> featureTable() {
        return features;
    }

    private String featureStamp() {
        return orders.changeStamp() + "/customers:" + customers.count() + "/events:" + events.count() + "/run:"
                + latest().map(r -> r.run().id()).orElse(0L) + "/scored:" + scoredReviews();
    }

    private FeatureTable buildFeatures() {
        List<Order> all = new ArrayList<>();
        orders.forEach(all::add);
        java.time.LocalDate asOf = latest().map(r -> r.run().asOf())
                .orElseGet(() ->
                        Segmentations.request("auto", 0, Optional.empty(), all).asOf());
        return new FeatureTable(
                asOf,
                new io.marketpilot.profiling.features.CustomerFeatureExtractor()
                        .extract(allCustomers(), all, products.all(), allEvents(), Optional.of(sentiment()), asOf));
    }

    private long scoredReviews() {
        return reviewSentiments.scoredCount();
    }

    /** Mean review sentiment per customer from the stored results. */
    private Map<String, Double> sentiment() {
        return reviewSentiments.meanScoreByCustomer();
    }

    private List<Customer> allCustomers() {
        List<Customer> all = new ArrayList<>();
        customers.forEach(all::add);
        return all;
    }

    private List<Event> allEvents() {
        List<Event> all = new ArrayList<>();
        events.forEach(all::add);
        return all;
    }
}
