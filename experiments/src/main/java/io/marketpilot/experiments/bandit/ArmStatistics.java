package io.marketpilot.experiments.bandit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Per-arm counts and reward sums in primitive arrays, shared by every policy so each stays a few lines. */
final class ArmStatistics {
    final long[] pulls;
    final double[] sums;
    final double[] squares;

    ArmStatistics(int arms) {
        if (arms < 2) {
            throw new IllegalArgumentException("a bandit needs at least two arms, got " + arms);
        }
        pulls = new long[arms];
        sums = new double[arms];
        squares = new double[arms];
    }

    static ArmStatistics from(BanditState state) {
        ArmStatistics stats = new ArmStatistics(state.arms());
        for (int i = 0; i < state.arms(); i++) {
            stats.pulls[i] = state.pulls().get(i);
            stats.sums[i] = state.rewardSums().get(i);
            stats.squares[i] = state.rewardSquareSums().get(i);
        }
        return stats;
    }

    int arms() {
        return pulls.length;
    }

    void record(int arm, double reward) {
        if (arm < 0 || arm >= pulls.length) {
            throw new IllegalArgumentException("arm " + arm + " is outside [0, " + pulls.length + ")");
        }
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("reward must be finite, was " + reward);
        }
        pulls[arm]++;
        sums[arm] += reward;
        squares[arm] += reward * reward;
    }

    double mean(int arm) {
        return sums[arm] / pulls[arm];
    }

    long totalPulls() {
        long total = 0;
        for (long p : pulls) {
            total += p;
        }
        return total;
    }

    /** The first arm never played, or -1; most policies must try every arm once before their rule is defined. */
    int firstUnplayed(long minimumPulls) {
        for (int i = 0; i < pulls.length; i++) {
            if (pulls[i] < minimumPulls) {
                return i;
            }
        }
        return -1;
    }

    BanditState toState(String policy, Map<String, Double> parameters) {
        List<Long> p = new ArrayList<>(pulls.length);
        List<Double> s = new ArrayList<>(pulls.length);
        List<Double> q = new ArrayList<>(pulls.length);
        for (int i = 0; i < pulls.length; i++) {
            p.add(pulls[i]);
            s.add(sums[i]);
            q.add(squares[i]);
        }
        return new BanditState(policy, parameters, p, s, q);
    }

    /** Index of the largest value; ties go to the lowest index so choices are reproducible. */
    static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
