package io.marketpilot.profiling.segmentation;

import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.IntToDoubleFunction;

/**
 * Chooses k from the silhouette and inertia per k. Two segments rarely give a marketer anything to act on, and
 * the silhouette often peaks at k = 2 on customer data (one-off buyers against everyone else), so:
 *
 * <ol>
 *   <li><b>No structure</b> when the best silhouette over every k tried is below {@code minSilhouette} (Kaufman
 *       and Rousseeuw's "no substantial structure" line, 0.25) or less than {@code minGainOverNoise} above what
 *       k-means reaches on uniform noise over the same ranges: then one segment, and the explanation says so.
 *   <li>Otherwise k is searched from {@code minUsefulK} up: the smallest k whose silhouette is within
 *       {@code tolerance} of the best there, since differences that small are within the silhouette's sampling
 *       and restart noise and fewer segments are easier to act on.
 *   <li><b>Two groups only</b> when k = 2 passes step 1 but no k from {@code minUsefulK} up reaches
 *       {@code minSilhouette}: two segments, and the explanation says why no more.
 * </ol>
 *
 * The kneedle elbow of the inertia curve is reported beside the choice, as a second opinion for people.
 *
 * @param minUsefulK the smallest k worth returning when the data supports it
 * @param tolerance silhouettes this close to the best count as ties
 * @param minSilhouette below this best silhouette the data has no structure
 * @param minGainOverNoise the best silhouette must beat uniform noise by this much
 */
public record KChoiceRule(int minUsefulK, double tolerance, double minSilhouette, double minGainOverNoise) {
    /** The rule for customer segments: numbers measured on CDNOW, the sample shop, blobs and noise. */
    public static final KChoiceRule FOR_SEGMENTS = new KChoiceRule(3, 0.02, 0.25, 0.05);
    /** Plain highest silhouette over k ≥ 2, never "no structure": for topics, where any k is usable. */
    public static final KChoiceRule HIGHEST_SILHOUETTE =
            new KChoiceRule(2, 0, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    public KChoiceRule {
        if (minUsefulK < 2) {
            throw MarketPilotException.invalid("the smallest useful k must be at least 2, got " + minUsefulK);
        }
        if (!(tolerance >= 0)) {
            throw MarketPilotException.invalid("tolerance must not be negative, got " + tolerance);
        }
    }

    /** Whether the rule can conclude "no structure" (and so needs the noise baseline at all). */
    public boolean detectsNoStructure() {
        return minSilhouette > Double.NEGATIVE_INFINITY || minGainOverNoise > Double.NEGATIVE_INFINITY;
    }

    public String describe() {
        if (!detectsNoStructure() && tolerance == 0) {
            return "highest silhouette over k from " + minUsefulK;
        }
        return String.format(
                Locale.ROOT,
                "k from %d up: the smallest k within %.2f of the best silhouette; no structure when the best"
                        + " silhouette is below %.2f or within %.2f of uniform noise; two groups only when no k ≥ %d"
                        + " reaches %.2f",
                minUsefulK,
                tolerance,
                minSilhouette,
                minGainOverNoise,
                minUsefulK,
                minSilhouette);
    }

    /**
     * Applies the rule.
     *
     * @param curve inertia and silhouette per k, ascending k from 2
     * @param noiseSilhouette the silhouette k-means reaches at a given k on uniform noise over the data's ranges
     */
    public KChoice choose(List<KScore> curve, IntToDoubleFunction noiseSilhouette) {
        KScore clearest = best(curve, 2)
                .orElseThrow(() -> MarketPilotException.invalid("the silhouette is undefined for every k tried"));
        double clearestScore = clearest.silhouette().getAsDouble();
        double noise = detectsNoStructure() ? noiseSilhouette.applyAsDouble(clearest.k()) : Double.NaN;
        OptionalInt elbow = Kneedle.elbow(curve);
        Explanation text = new Explanation(curve, clearest, noise, elbow);
        if (clearestScore < minSilhouette || clearestScore - noise < minGainOverNoise) {
            return choice(KChoice.Verdict.NO_STRUCTURE, 1, curve, clearest, elbow, noise, text.noStructure(this));
        }
        var useful = best(curve, minUsefulK);
        if (useful.isEmpty()) {
            return choice(
                    KChoice.Verdict.CHOSEN, clearest.k(), curve, clearest, elbow, noise, text.fewPoints(minUsefulK));
        }
        double bestUseful = useful.get().silhouette().getAsDouble();
        if (bestUseful < minSilhouette) {
            return choice(
                    KChoice.Verdict.TWO_GROUPS_ONLY,
                    clearest.k(),
                    curve,
                    clearest,
                    elbow,
                    noise,
                    text.twoGroupsOnly(useful.get(), this));
        }
        KScore chosen = curve.stream()
                .filter(s -> s.k() >= minUsefulK && s.silhouette().isPresent())
                .filter(s -> s.silhouette().getAsDouble() >= bestUseful - tolerance)
                .findFirst()
                .orElseThrow();
        return choice(
                KChoice.Verdict.CHOSEN,
                chosen.k(),
                curve,
                clearest,
                elbow,
                noise,
                text.chosen(chosen, useful.get(), this));
    }

    /** The choice for a k the caller fixed. */
    public static KChoice fixed(int k, List<KScore> curve) {
        OptionalDouble silhouette =
                curve.isEmpty() ? OptionalDouble.empty() : curve.get(0).silhouette();
        String text = silhouette.isPresent()
                ? String.format(
                        Locale.ROOT,
                        "k = %d was given, not chosen (silhouette %.3f); ask for k = auto to have it chosen and"
                                + " explained.",
                        k,
                        silhouette.getAsDouble())
                : "k = " + k + " was given, not chosen; ask for k = auto to have it chosen and explained.";
        return new KChoice(
                KChoice.Verdict.FIXED,
                k,
                curve,
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalDouble.empty(),
                "fixed by the request",
                text);
    }

    private KChoice choice(
            KChoice.Verdict verdict,
            int k,
            List<KScore> curve,
            KScore clearest,
            OptionalInt elbow,
            double noise,
            String explanation) {
        return new KChoice(
                verdict,
                k,
                curve,
                OptionalInt.of(clearest.k()),
                elbow,
                Double.isNaN(noise) ? OptionalDouble.empty() : OptionalDouble.of(noise),
                describe(),
                explanation);
    }

    /** The highest silhouette among k ≥ from; ties go to the smaller k. */
    private static java.util.Optional<KScore> best(List<KScore> curve, int from) {
        KScore best = null;
        for (KScore s : curve) {
            if (s.k() >= from
                    && s.silhouette().isPresent()
                    && (best == null
                            || s.silhouette().getAsDouble() > best.silhouette().getAsDouble())) {
                best = s;
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
