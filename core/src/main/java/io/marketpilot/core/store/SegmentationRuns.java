package io.marketpilot.core.store;

import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Segmentation runs, each kept with its members and its full result (segments, personas, the choice of k). */
public interface SegmentationRuns {

    /**
     * A run's headline figures. {@code silhouette} is NaN when undefined (one segment, identical customers);
     * {@code parameters} are what the run was asked for (k, seed, …), kept with it as provenance.
     */
    record Run(
            long id,
            LocalDateTime createdAt,
            LocalDate asOf,
            int k,
            long seed,
            double silhouette,
            double inertia,
            String featuresVersion,
            Map<String, Object> parameters) {}

    /** One customer's place in a run. */
    record Member(String customerId, int segment, double distance, double x, double y) {}

    /** A customer's segment in one run, for their history. */
    record Membership(long runId, LocalDateTime createdAt, int segment, double distance) {}

    /**
     * Saves a run (its id is ignored) with its summary and members in one transaction; returns the run's id.
     *
     * @param summary the run's result as plain values (maps, lists, numbers, text), read back by {@link #summary}
     */
    long save(Run run, Map<String, Object> summary, List<Member> members);

    /** Every run, newest first. */
    List<Run> list();

    /** The newest run, if any. */
    Optional<Run> latest();

    /** One run by id. */
    Optional<Run> find(long id);

    /**
     * The summary a run was saved with.
     *
     * @throws io.marketpilot.core.MarketPilotException (internal) when the stored summary cannot be read
     */
    Optional<Map<String, Object>> summary(long id);

    /** Members of a run, optionally of one segment, closest to their centroid first. */
    Page<Member> members(long runId, Optional<Integer> segment, PageRequest page);

    /** Every member of a run, for charts and exports. */
    List<Member> allMembers(long runId);

    /** A customer's segment in every run that placed them, newest run first. */
    List<Membership> history(String customerId);
}
