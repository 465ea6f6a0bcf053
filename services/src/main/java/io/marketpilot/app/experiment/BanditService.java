package io.marketpilot.app.experiment;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.experiment.BanditSnapshot;
import io.marketpilot.core.experiment.BanditStates;
import io.marketpilot.core.experiment.Experiment;
import io.marketpilot.core.experiment.ExperimentStatus;
import io.marketpilot.core.experiment.Variant;
import io.marketpilot.experiments.assignment.BucketHasher;
import io.marketpilot.experiments.bandit.BanditPolicies;
import io.marketpilot.experiments.bandit.BanditPolicy;
import io.marketpilot.experiments.bandit.BanditState;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Bandit experiments: picks a unit's arm with the experiment's policy and learns from the reward reported for it.
 * The policy's statistics live in the store after every reward, so a restart loses nothing. Choosing and learning
 * are serialised per experiment in this process (one server per store, as the product runs today).
 */
public final class BanditService {
    private final ExperimentService experiments;
    private final BanditStates states;
    private final Clock clock;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public BanditService(ExperimentService experiments, BanditStates states, Clock clock) {
        this.experiments = experiments;
        this.states = states;
        this.clock = clock;
    }

    /** The arm chosen for a unit, with the policy that chose it. */
    public record ArmChoice(
            String experimentId,
            String unitId,
            int arm,
            String variant,
            @Nullable String contentId,
            String payload,
            String policy) {}

    /**
     * The arm for a unit. The draw is seeded from (salt, unit, pulls so far), so it is reproducible from the stored
     * state, and a unit asking again before any new reward gets the same arm.
     */
    public ArmChoice choose(String experimentId, String unitId) {
        if (unitId == null || unitId.isBlank()) {
            throw MarketPilotException.invalid("A unit id is required");
        }
        Experiment e = running(experimentId);
        experiments.requireEligible(e, unitId);
        synchronized (lock(experimentId)) {
            BanditState state = state(e);
            long pulls = state.pulls().stream().mapToLong(Long::longValue).sum();
            long seed = ((long) BucketHasher.bucket(e.salt(), unitId + "#" + pulls) << 20) ^ pulls;
            int arm = BanditPolicies.restore(state, seed).chooseArm();
            Variant v = e.variants().get(arm);
            return new ArmChoice(experimentId, unitId, arm, v.name(), v.contentId(), v.payload(), e.design());
        }
    }

    /** Learns a reward (1/0 for a conversion, an amount for revenue) for a variant; returns the new state. */
    public BanditState reward(String experimentId, String variantName, double reward) {
        Experiment e = running(experimentId);
        int arm = e.variantIndex(variantName)
                .orElseThrow(() -> MarketPilotException.invalid(
                        "variant '" + variantName + "' is not one of experiment '" + experimentId + "''s variants"));
        if (!Double.isFinite(reward) || reward < 0) {
            throw MarketPilotException.invalid("reward must be a non-negative number, was " + reward);
        }
        synchronized (lock(experimentId)) {
            BanditPolicy policy = BanditPolicies.restore(state(e), 0);
            try {
                policy.update(arm, reward);
            } catch (IllegalArgumentException ex) {
                throw MarketPilotException.invalid(String.valueOf(ex.getMessage()));
            }
            BanditState next = policy.state();
            states.save(experimentId, snapshot(next), LocalDateTime.now(clock));
            return next;
        }
    }

    /** What the bandit has learned so far (a fresh state before the first reward). */
    public BanditState state(String experimentId) {
        Experiment e = experiments.get(experimentId);
        if (!e.bandit()) {
            throw MarketPilotException.invalid("Experiment '" + experimentId + "' is an A/B test, not a bandit");
        }
        return state(e);
    }

    private BanditState state(Experiment e) {
        return states.find(e.id()).map(BanditService::restored).orElseGet(() -> BanditPolicies.create(
                        e.design(), e.variants().size(), 0)
                .state());
    }

    private Experiment running(String experimentId) {
        Experiment e = experiments.get(experimentId);
        if (!e.bandit()) {
            throw MarketPilotException.invalid(
                    "Experiment '" + experimentId + "' is an A/B test; use its assignment instead of an arm");
        }
        if (e.status() != ExperimentStatus.RUNNING) {
            throw new MarketPilotException(
                    ErrorCode.CONFLICT,
                    "Experiment '" + experimentId + "' is " + e.status().wireName() + ", not running",
                    Map.of("status", e.status().wireName()));
        }
        return e;
    }

    private Object lock(String experimentId) {
        return locks.computeIfAbsent(experimentId, k -> new Object());
    }

    private static BanditSnapshot snapshot(BanditState s) {
        return new BanditSnapshot(s.policy(), s.parameters(), s.pulls(), s.rewardSums(), s.rewardSquareSums());
    }

    private static BanditState restored(BanditSnapshot s) {
        return new BanditState(s.policy(), s.parameters(), s.pulls(), s.rewardSums(), s.rewardSquareSums());
    }
}
