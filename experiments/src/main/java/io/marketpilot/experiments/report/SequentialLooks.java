package io.marketpilot.experiments.report;

import io.marketpilot.experiments.sequential.MixtureSprt;
import io.marketpilot.experiments.sequential.SequentialState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Replays an experiment day by day: cumulative units and means per arm, and one mSPRT look per day for each
 * challenger against the control, so the report shows the always-valid result and the boundary it was held to.
 */
final class SequentialLooks {
    final List<ExperimentReport.Day> days;
    final SequentialState[] finalStates;

    private SequentialLooks(List<ExperimentReport.Day> days, SequentialState[] finalStates) {
        this.days = days;
        this.finalStates = finalStates;
    }

    /** The raw run's units and means with the adjusted run's sequential figures, day by day. */
    static SequentialLooks merged(SequentialLooks raw, SequentialLooks adjusted) {
        List<ExperimentReport.Day> days = new ArrayList<>(raw.days.size());
        for (int i = 0; i < raw.days.size(); i++) {
            var r = raw.days.get(i);
            var a = adjusted.days.get(i);
            days.add(new ExperimentReport.Day(
                    r.day(), r.units(), r.means(), a.estimates(), a.sequenceLow(), a.sequenceHigh(), a.sequentialP()));
        }
        return new SequentialLooks(days, adjusted.finalStates);
    }

    SequentialLooks(AnalysisInput in, MixtureSprt test) {
        this.days = new ArrayList<>();
        int k = in.variants().size();
        TreeMap<LocalDate, double[][]> deltas = new TreeMap<>();
        for (UnitResult u : in.units()) {
            // Column layout per arm: [units added, value added, squared value added].
            deltas.computeIfAbsent(u.exposedOn(), d -> new double[k][3])[u.variant()][0]++;
            LocalDate valueDay =
                    u.succeededOn().filter(d -> d.isAfter(u.exposedOn())).orElse(u.exposedOn());
            double[] cell = deltas.computeIfAbsent(valueDay, d -> new double[k][3])[u.variant()];
            cell[1] += u.value();
            cell[2] += u.value() * u.value();
        }
        ArmTotals[] totals = new ArmTotals[k];
        for (int i = 0; i < k; i++) {
            totals[i] = new ArmTotals();
        }
        finalStates = new SequentialState[k];
        for (int i = 0; i < k; i++) {
            finalStates[i] = SequentialState.initial();
        }
        if (deltas.isEmpty()) {
            return;
        }
        for (LocalDate day = deltas.firstKey(); !day.isAfter(deltas.lastKey()); day = day.plusDays(1)) {
            double[][] delta = deltas.get(day);
            if (delta != null) {
                for (int i = 0; i < k; i++) {
                    totals[i].n += (long) delta[i][0];
                    totals[i].sum += delta[i][1];
                    totals[i].squares += delta[i][2];
                }
            }
            days.add(look(day, totals, in.binary(), test));
        }
    }

    private ExperimentReport.Day look(LocalDate day, ArmTotals[] totals, boolean binary, MixtureSprt test) {
        int k = totals.length;
        List<Long> units = new ArrayList<>(k);
        List<@Nullable Double> means = new ArrayList<>(k);
        for (ArmTotals t : totals) {
            units.add(t.n);
            means.add(finite(t.mean()));
        }
        List<@Nullable Double> estimates = new ArrayList<>();
        List<@Nullable Double> lows = new ArrayList<>();
        List<@Nullable Double> highs = new ArrayList<>();
        List<@Nullable Double> ps = new ArrayList<>();
        for (int i = 1; i < k; i++) {
            SequentialState next = step(finalStates[i], totals[0], totals[i], binary, test);
            if (next != null) {
                finalStates[i] = next;
                estimates.add(finite(next.estimate()));
                lows.add(finite(next.csLow()));
                highs.add(finite(next.csHigh()));
                ps.add(finite(next.alwaysValidPValue()));
            } else {
                estimates.add(null);
                lows.add(null);
                highs.add(null);
                ps.add(null);
            }
        }
        return new ExperimentReport.Day(day, units, means, estimates, lows, highs, ps);
    }

    /** Charts and JSON take null for "no value yet"; NaN and infinities are not JSON numbers. */
    static @Nullable Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The next look, or null while either arm has fewer than two units. */
    private static @Nullable SequentialState step(
            SequentialState previous, ArmTotals control, ArmTotals arm, boolean binary, MixtureSprt test) {
        if (control.n < 2 || arm.n < 2) {
            return null;
        }
        if (binary) {
            return test.nextProportions(previous, Math.round(control.sum), control.n, Math.round(arm.sum), arm.n);
        }
        return test.nextMeans(previous, control.summary(), arm.summary());
    }
}
