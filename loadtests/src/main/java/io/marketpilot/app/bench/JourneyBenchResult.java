package io.marketpilot.app.bench;

import java.util.List;
import java.util.Locale;

/**
 * What {@code bench journey} measured and counted: events per second through the event intake with no, one and
 * several journeys active, the worker's passes over the timers, and the check that every customer went through the
 * journey exactly once.
 *
 * @param setupSeconds importing the customers (not part of any rate)
 * @param ingest one run of events per number of active journeys
 * @param timersSet the worker's first pass: every new enrolment claimed and set waiting on its timer
 * @param idlePollMillis one pass of the worker when no timer is due, with every customer waiting (the mean of
 *     {@link JourneyBenchmark#IDLE_POLLS})
 * @param fewDue the worker's pass when the earliest entrants' timers are due and the rest are not
 * @param allDue the worker's pass over every other timer, all due
 */
public record JourneyBenchResult(
        String store,
        int customers,
        double setupSeconds,
        List<Ingest> ingest,
        Sweep timersSet,
        double idlePollMillis,
        Sweep fewDue,
        Sweep allDue,
        Check check) {

    /** Events through the intake while {@code activeJourneys} journeys were active; {@code entered} by them. */
    public record Ingest(int activeJourneys, int events, double seconds, double cpuSeconds, long entered) {
        public double perSecond() {
            return events / seconds;
        }
    }

    /** Enrolments the worker advanced in one sweep (claimed, stepped and moved). */
    public record Sweep(long moved, double seconds) {
        public double perSecond() {
            return seconds == 0 ? 0 : moved / seconds;
        }
    }

    /**
     * The journey's history and the tags it left, counted at the end.
     *
     * @param entered the step history's entries (and likewise waited, updated, exited)
     * @param stillActive enrolments not yet out of the journey
     * @param taggedOnce customers with exactly one tag event of the journey; {@code untagged} with none,
     *     {@code taggedTwice} with more than one
     * @param enteredElsewhere entries into the journeys whose triggers the events never matched
     */
    public record Check(
            long entered,
            long waited,
            long updated,
            long exited,
            long stillActive,
            long taggedOnce,
            long untagged,
            long taggedTwice,
            long enteredElsewhere) {}

    /** Every customer entered once, waited once, was tagged once and left; nobody entered another journey. */
    public boolean exact() {
        long n = customers;
        return check.entered() == n
                && check.waited() == n
                && check.updated() == n
                && check.exited() == n
                && check.stillActive() == 0
                && check.taggedOnce() == n
                && check.untagged() == 0
                && check.taggedTwice() == 0
                && check.enteredElsewhere() == 0;
    }

    public String describe() {
        StringBuilder s = new StringBuilder(String.format(
                Locale.ROOT,
                "journeys, %s: %,d customers (imported in %.1f s)%n  trigger evaluation (events through the event"
                        + " intake):%n",
                store,
                customers,
                setupSeconds));
        for (Ingest i : ingest) {
            s.append(String.format(
                    Locale.ROOT,
                    "    %d journey(s) active: %,d events in %.2f s = %,.0f events/s (process CPU %.2f s); %,d"
                            + " entered%n",
                    i.activeJourneys(),
                    i.events(),
                    i.seconds(),
                    i.perSecond(),
                    i.cpuSeconds(),
                    i.entered()));
        }
        s.append(String.format(
                Locale.ROOT,
                "  timer sweep (the journey worker):%n"
                        + "    first step, timers set: %,d in %.2f s = %,.0f/s%n"
                        + "    nothing due, every customer waiting: %.1f ms a pass%n"
                        + "    earliest entrants due, the rest not: %,d fired in %.2f s = %,.0f timers/s%n"
                        + "    every other timer due: %,d fired in %.2f s = %,.0f timers/s%n",
                timersSet.moved(),
                timersSet.seconds(),
                timersSet.perSecond(),
                idlePollMillis,
                fewDue.moved(),
                fewDue.seconds(),
                fewDue.perSecond(),
                allDue.moved(),
                allDue.seconds(),
                allDue.perSecond()));
        s.append(String.format(
                Locale.ROOT,
                "  check: entered %,d, waited %,d, tagged %,d, exited %,d, still in it %,d; customers tagged once %,d,"
                        + " never %,d, twice or more %,d; entries into the other journeys %,d: %s",
                check.entered(),
                check.waited(),
                check.updated(),
                check.exited(),
                check.stillActive(),
                check.taggedOnce(),
                check.untagged(),
                check.taggedTwice(),
                check.enteredElsewhere(),
                exact() ? "exact" : "NOT EXACT"));
        return s.toString();
    }
}
