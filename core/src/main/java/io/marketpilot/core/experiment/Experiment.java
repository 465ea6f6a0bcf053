package io.marketpilot.core.experiment;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An experiment as defined and as it stands.
 *
 * @param design {@code ab} for a fixed split by hashing, or a bandit policy name ({@code thompson},
 *     {@code thompson-gaussian}, {@code ucb1}, {@code epsilon-greedy}, {@code uniform})
 * @param guardrails metrics watched but not decided on, e.g. {@code click_through}
 * @param segment the target segment's name, or null for everyone
 * @param salt mixed into the assignment hash; a new salt reshuffles units, different salts are independent
 * @param alpha the error rate of the decision (sequential test)
 * @param expectedEffect the absolute effect the sequential test is tuned for (mSPRT τ), on the metric's scale
 * @param campaignId the optimisation campaign it is a round of, or null
 * @param decision the recorded plain-words decision once decided, or null
 */
public record Experiment(
        String id,
        String name,
        String design,
        ExperimentStatus status,
        PrimaryMetric metric,
        List<String> guardrails,
        @Nullable String segment,
        String salt,
        double alpha,
        double expectedEffect,
        @Nullable String campaignId,
        LocalDateTime createdAt,
        @Nullable LocalDateTime startedAt,
        @Nullable LocalDateTime stoppedAt,
        @Nullable LocalDateTime decidedAt,
        @Nullable String decision,
        List<Variant> variants) {
    public static final String AB = "ab";

    public Experiment {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw MarketPilotException.invalid(
                    "An experiment id is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (name == null || name.isBlank()) {
            throw MarketPilotException.invalid("An experiment needs a name");
        }
        TextRules.requireFits("name", name, FieldLimits.NAME);
        TextRules.requireFits("segment", segment, FieldLimits.NAME);
        TextRules.requireFits("salt", salt, FieldLimits.SALT);
        TextRules.requireFits("campaignId", campaignId, FieldLimits.ID);
        guardrails = guardrails == null ? List.of() : List.copyOf(guardrails);
        variants = variants == null ? List.of() : List.copyOf(variants);
        if (variants.size() < 2) {
            throw MarketPilotException.invalid("An experiment needs at least two variants (the first is the control)");
        }
        var names = new HashSet<String>();
        for (Variant v : variants) {
            if (!names.add(v.name())) {
                throw MarketPilotException.invalid("Variant names must be unique; '" + v.name() + "' repeats");
            }
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw MarketPilotException.invalid("alpha must be in (0, 0.5), was " + alpha);
        }
        if (!(expectedEffect > 0) || !Double.isFinite(expectedEffect)) {
            throw MarketPilotException.invalid("The expected effect must be positive, was " + expectedEffect);
        }
    }

    public boolean bandit() {
        return !AB.equals(design);
    }

    public Optional<Integer> variantIndex(String variantName) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).name().equals(variantName)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public double[] weights() {
        return variants.stream().mapToDouble(Variant::weight).toArray();
    }

    /** The experiment moved to {@code next} at {@code at}; {@code decisionText} is recorded only by a decision. */
    public Experiment withStatus(ExperimentStatus next, LocalDateTime at, @Nullable String decisionText) {
        return new Experiment(
                id,
                name,
                design,
                next,
                metric,
                guardrails,
                segment,
                salt,
                alpha,
                expectedEffect,
                campaignId,
                createdAt,
                next == ExperimentStatus.RUNNING && startedAt == null ? at : startedAt,
                next == ExperimentStatus.STOPPED ? at : stoppedAt,
                next == ExperimentStatus.DECIDED ? at : decidedAt,
                next == ExperimentStatus.DECIDED ? decisionText : decision,
                variants);
    }

    public Experiment withVariants(List<Variant> newVariants) {
        return new Experiment(
                id,
                name,
                design,
                status,
                metric,
                guardrails,
                segment,
                salt,
                alpha,
                expectedEffect,
                campaignId,
                createdAt,
                startedAt,
                stoppedAt,
                decidedAt,
                decision,
                newVariants);
    }
}
