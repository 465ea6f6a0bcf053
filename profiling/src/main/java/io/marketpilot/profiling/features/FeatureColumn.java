package io.marketpilot.profiling.features;

import io.marketpilot.core.MarketPilotException;

/**
 * One column of the customer feature matrix: its name, a one-line description, whether it drives clustering and
 * on which scale it is compared.
 *
 * @param name column name, unique within a definition
 * @param description one line for people (documentation, dashboards, the persona writer)
 * @param role whether k-means sees the column, or it only describes segments
 * @param scale the scale on which distances and z-scores are taken
 */
public record FeatureColumn(String name, String description, Role role, Scale scale) {

    /** What a column is used for. */
    public enum Role {
        /** k-means sees it, and it can be a segment trait. */
        CLUSTER,
        /** not clustered, but compared with the population as a possible segment trait. */
        PROFILE,
        /** reported per segment only (scores, categories, time of day, sentiment). */
        DESCRIBE
    }

    /** The scale a column is compared on; heavy-tailed counts and amounts use a signed log1p. */
    public enum Scale {
        LINEAR,
        LOG1P
    }

    public FeatureColumn {
        if (name == null || name.isBlank()) {
            throw MarketPilotException.invalid("feature column name is required");
        }
        if (description == null || role == null || scale == null) {
            throw MarketPilotException.invalid("feature column '" + name + "' needs a description, role and scale");
        }
    }

    static FeatureColumn cluster(String name, Scale scale, String description) {
        return new FeatureColumn(name, description, Role.CLUSTER, scale);
    }

    static FeatureColumn profile(String name, Scale scale, String description) {
        return new FeatureColumn(name, description, Role.PROFILE, scale);
    }

    static FeatureColumn describe(String name, String description) {
        return new FeatureColumn(name, description, Role.DESCRIBE, Scale.LINEAR);
    }

    public boolean clusters() {
        return role == Role.CLUSTER;
    }

    /** Whether a segment's value of this column can be stated as a trait against the population. */
    public boolean comparable() {
        return role != Role.DESCRIBE;
    }

    /** Maps a raw value to the comparison scale (sign-preserving log1p for LOG1P, identity otherwise). */
    public double toAnalysisScale(double raw) {
        return scale == Scale.LOG1P ? Math.copySign(Math.log1p(Math.abs(raw)), raw) : raw;
    }

    /** The inverse of {@link #toAnalysisScale(double)}. */
    public double fromAnalysisScale(double value) {
        return scale == Scale.LOG1P ? Math.copySign(Math.expm1(Math.abs(value)), value) : value;
    }
}
