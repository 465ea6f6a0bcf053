package io.marketpilot.core.journey;

import io.marketpilot.core.campaign.Lease;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers' enrolments in journeys, shared by any number of workers and server instances: each customer is in a
 * journey at most once at a time, an active enrolment is advanced by one worker at a time under a lease (on PostgreSQL
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, as the campaigns' send queue), and each move is written with its history
 * lines in one transaction, so a crash loses no customer's place and counts nothing twice.
 */
public interface Enrolments {
    /**
     * Enters a customer, recording {@link StepOutcome#ENTERED} on the first step. Empty, changing nothing, when they
     * are in the journey already (two triggers racing enter them once), or when the enrolment's trigger took them in
     * before (an event handled again).
     */
    Optional<Enrolment> enrol(NewEnrolment enrolment);

    /**
     * As {@link #enrol} for each entry, in one transaction: the entries entered, in the order given, leaving out those
     * {@link #enrol} would answer empty (a customer given twice enters once). A trigger that takes in many customers
     * at once (an intake batch, a segmentation run, the daily sweep) commits once, not once per customer.
     */
    List<Enrolment> enrolAll(List<NewEnrolment> entries);

    Optional<Enrolment> find(long id);

    /** The customer's enrolments in the journey, any version, oldest first: what the re-entry rule reads. */
    List<Enrolment> ofCustomer(String journeyId, String customerId);

    /** As {@link #ofCustomer} for each customer, in one read; a customer never in the journey is absent. */
    Map<String, List<Enrolment>> ofCustomers(String journeyId, Collection<String> customerIds);

    /**
     * Claims up to {@code limit} active enrolments due at {@code now}, earliest first, and those whose lease lapsed
     * (their worker is presumed dead); enrolments another worker is claiming are skipped, not waited for.
     */
    List<Enrolment> claimDue(Lease lease, Instant now, int limit);

    /**
     * Moves a claimed enrolment and records the move's history, releasing the lease. Returns false, changing
     * nothing, when {@code owner} no longer holds it (the lease lapsed and another worker claimed it).
     */
    boolean move(long enrolmentId, String owner, Move move);

    /**
     * Makes the customer's active enrolments due at {@code now}: an event they waited for or a goal they reached is
     * then handled by the next claim, by whichever worker makes it. A wake that comes while a worker holds the
     * enrolment survives that worker's move: the enrolment stays due at the wake, not at the move's timer. Returns how
     * many were woken.
     */
    default int wake(String customerId, Instant now) {
        return wakeAll(List.of(customerId), now);
    }

    /**
     * As {@link #wake} for each of the customers, in one transaction: the event intake wakes every customer of a
     * batch at once, instead of committing once per customer. Returns how many enrolments were woken.
     */
    int wakeAll(Collection<String> customerIds, Instant now);

    /** How many times each outcome happened at each step of the journey, per version and holdout. */
    List<StepCount> stepCounts(String journeyId);

    /** How many customers are in the journey now (active enrolments, any version), by the step they are on. */
    Map<String, Long> activeByStep(String journeyId);
}
