package io.marketpilot.profiling.features;

import static io.marketpilot.profiling.features.FeatureColumn.Scale.LINEAR;
import static io.marketpilot.profiling.features.FeatureColumn.Scale.LOG1P;

import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;

/**
 * The versioned list of customer features a snapshot holds; category, event and sentiment columns depend on the
 * data, the rules that compute them do not (a rule change bumps {@link #VERSION}).
 *
 * <p>Average order value and unit price are profiled but not clustered: in log space order value is monetary
 * minus frequency, so clustering on it would count basket size twice, and for the one- and two-order customers
 * who dominate most shops both are basket noise that k-means would otherwise split segments on.
 *
 * @param version the rules version, kept with every snapshot and segment run as provenance
 * @param columns the columns in matrix order
 */
public record FeatureDefinition(String version, List<FeatureColumn> columns) {
    public static final String VERSION = "customer-features/1";

    public static final String RECENCY = "recency_days";
    public static final String FREQUENCY = "frequency";
    public static final String MONETARY = "monetary";
    public static final String AVG_ORDER_VALUE = "avg_order_value";
    public static final String AVG_UNIT_PRICE = "avg_unit_price";
    public static final String RETURN_RATE = "return_rate";
    public static final String TENURE = "tenure_days";
    public static final String CADENCE = "cadence_days";
    public static final String SEASONAL_SHARE = "seasonal_share";
    public static final String RFM_R = "rfm_recency_score";
    public static final String RFM_F = "rfm_frequency_score";
    public static final String RFM_M = "rfm_monetary_score";
    public static final String WEEKDAY = "preferred_weekday";
    public static final String HOUR = "preferred_hour";
    public static final String SENTIMENT = "sentiment";
    /** Prefix of the per-category spend share columns, e.g. {@code share:Kitchen}. */
    public static final String SHARE_PREFIX = "share:";
    /** Prefix of the per-event-type count columns, e.g. {@code events_90d:email_open}. */
    public static final String EVENTS_PREFIX = "events_90d:";
    /** The category that products without one are grouped under. */
    public static final String OTHER_CATEGORY = "other";

    public FeatureDefinition {
        if (version == null || version.isBlank()) {
            throw MarketPilotException.invalid("feature definition version is required");
        }
        columns = List.copyOf(columns);
        var seen = new HashSet<String>();
        for (FeatureColumn column : columns) {
            if (!seen.add(column.name())) {
                throw MarketPilotException.invalid("feature column '" + column.name() + "' appears twice");
            }
        }
    }

    /** The columns every snapshot has, in matrix order, before the data-dependent ones. */
    public static List<FeatureColumn> baseColumns() {
        return List.of(
                FeatureColumn.cluster(RECENCY, LOG1P, "whole days from the last sale to the as-of date"),
                FeatureColumn.cluster(FREQUENCY, LOG1P, "number of distinct sale orders"),
                FeatureColumn.cluster(MONETARY, LOG1P, "net revenue: sale value minus returned value"),
                FeatureColumn.profile(AVG_ORDER_VALUE, LOG1P, "sale value per sale order"),
                FeatureColumn.profile(
                        AVG_UNIT_PRICE,
                        LOG1P,
                        "sale value per unit bought (average order value when units are unknown)"),
                FeatureColumn.cluster(RETURN_RATE, LINEAR, "returned value / sold value, capped at 1"),
                FeatureColumn.cluster(TENURE, LINEAR, "whole days from the first order to the as-of date"),
                FeatureColumn.cluster(
                        CADENCE, LOG1P, "mean days between sale orders; one-order customers: days since that order"),
                FeatureColumn.cluster(SEASONAL_SHARE, LINEAR, "share of sale value ordered in November or December"),
                FeatureColumn.describe(
                        RFM_R, "recency quintile score 1-5 (5 = most recent; ties share the lower score)"),
                FeatureColumn.describe(
                        RFM_F, "frequency quintile score 1-5 (5 = most orders; ties share the lower score)"),
                FeatureColumn.describe(
                        RFM_M, "monetary quintile score 1-5 (5 = most revenue; ties share the lower score)"),
                FeatureColumn.describe(WEEKDAY, "ISO weekday (1 = Monday) with the most sale orders; ties: earliest"),
                FeatureColumn.describe(HOUR, "hour of day (0-23) with the most sale orders; ties: earliest"));
    }

    static FeatureColumn shareColumn(String category) {
        return FeatureColumn.describe(SHARE_PREFIX + category, "share of sale value in category " + category);
    }

    static FeatureColumn eventColumn(String type) {
        return FeatureColumn.cluster(EVENTS_PREFIX + type, LOG1P, "'" + type + "' events in the last 90 days");
    }

    static FeatureColumn sentimentColumn() {
        return FeatureColumn.describe(
                SENTIMENT, "review sentiment supplied by the caller; NaN for customers without reviews");
    }

    public List<String> names() {
        var names = new ArrayList<String>(columns.size());
        for (FeatureColumn column : columns) {
            names.add(column.name());
        }
        return names;
    }

    public OptionalInt indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public FeatureColumn column(int index) {
        return columns.get(index);
    }
}
