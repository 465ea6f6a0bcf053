package io.marketpilot.profiling.segmentation;

import com.google.errorprone.annotations.FormatMethod;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The plain sentences of a {@link KChoice}, with the numbers that decided it. */
final class Explanation {
    private final List<KScore> curve;
    private final KScore clearest;
    private final double noise;
    private final OptionalInt elbow;

    Explanation(List<KScore> curve, KScore clearest, double noise, OptionalInt elbow) {
        this.curve = curve;
        this.clearest = clearest;
        this.noise = noise;
        this.elbow = elbow;
    }

    String noStructure(KChoiceRule rule) {
        double best = clearest.silhouette().getAsDouble();
        String why = best < rule.minSilhouette()
                ? f("is below %.2f, the line under which clusters are no substantial structure", rule.minSilhouette())
                : f("is hardly above the %.3f that k-means reaches on uniform noise over the same ranges", noise);
        return f(
                "No structure: the best silhouette, %.3f at k = %d, %s. The customers form a continuum rather than"
                        + " groups, so they are kept as one segment; ask for a fixed k to cut them into that many"
                        + " ranges anyway.",
                best, clearest.k(), why);
    }

    String fewPoints(int minUsefulK) {
        return f(
                "k = %d: the best silhouette (%.3f); with this few customers no k of %d or more could be tried.",
                clearest.k(), clearest.silhouette().getAsDouble(), minUsefulK);
    }

    String twoGroupsOnly(KScore bestUseful, KChoiceRule rule) {
        return f(
                "Only two natural groups: k = 2 separates them (silhouette %.3f), but no k from %d to %d reaches"
                        + " %.2f (best %.3f at k = %d), so finer segments would be arbitrary cuts; ask for a fixed k"
                        + " to have them anyway.",
                clearest.silhouette().getAsDouble(),
                rule.minUsefulK(),
                lastK(),
                rule.minSilhouette(),
                bestUseful.silhouette().getAsDouble(),
                bestUseful.k());
    }

    String chosen(KScore chosen, KScore bestUseful, KChoiceRule rule) {
        StringBuilder text = new StringBuilder();
        if (chosen.k() == bestUseful.k()) {
            text.append(f(
                    "k = %d: the highest silhouette among k = %d–%d (%.3f)",
                    chosen.k(), rule.minUsefulK(), lastK(), chosen.silhouette().getAsDouble()));
            if (bestUseful.k() > rule.minUsefulK()) {
                text.append(f(", and no smaller k comes within %.2f of it", rule.tolerance()));
            }
            text.append('.');
        } else {
            text.append(f(
                    "k = %d: among k = %d–%d the best silhouette is %.3f at k = %d; k = %d scores %.3f, within %.2f"
                            + " of it, and fewer segments are easier to act on.",
                    chosen.k(),
                    rule.minUsefulK(),
                    lastK(),
                    bestUseful.silhouette().getAsDouble(),
                    bestUseful.k(),
                    chosen.k(),
                    chosen.silhouette().getAsDouble(),
                    rule.tolerance()));
        }
        elbow.ifPresent(e -> text.append(f(" The inertia curve bends (kneedle elbow) at k = %d.", e)));
        if (clearest.k() < rule.minUsefulK()) {
            text.append(f(
                    " A %d-way split would separate more clearly (%.3f), but gives a marketer too little to"
                            + " act on.",
                    clearest.k(), clearest.silhouette().getAsDouble()));
        }
        if (!Double.isNaN(noise)) {
            text.append(f(" Uniform noise over the same ranges would score %.3f.", noise));
        }
        return text.toString();
    }

    private int lastK() {
        return curve.get(curve.size() - 1).k();
    }

    @FormatMethod
    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
