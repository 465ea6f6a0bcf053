package io.marketpilot.copilot.tools;

import io.marketpilot.core.campaign.ChannelKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the copilot's tools read from the product: the latest segmentation, customers' predictions, reach under
 * consent, suppression and the frequency cap, and past campaigns. The application implements it over its services,
 * tests over a small shop in memory.
 */
public interface ShopFacts {
    /** One segment of a run with its persona name. */
    record SegmentRow(int index, String name, long size, double share, double revenueShare) {}

    /** A segmentation run, the snapshot every segment figure comes from. */
    record SegmentRun(long id, LocalDate asOf, List<SegmentRow> segments) {
        public SegmentRun {
            segments = List.copyOf(segments);
        }
    }

    /**
     * One customer's predictions (BG/NBD and Gamma-Gamma) with the history they were fitted on.
     *
     * @param repeatPurchases purchase days after the first one (BG/NBD's x); with none, p(alive) is 1 by construction
     * @param daysSinceLastPurchase days from the last purchase day to the model's calibration end (the day of the
     *     shop's last sale), not to today, so old data does not make everyone look lapsed
     */
    record CustomerValue(
            String customerId,
            double clv,
            double pAlive,
            double expectedPurchases,
            int repeatPurchases,
            double daysSinceLastPurchase) {}

    /**
     * How many of some customers a campaign on a channel could reach now.
     *
     * @param withAddress those with an address on the channel
     * @param reachable those of them neither suppressed, nor without consent, nor at the frequency cap
     */
    record Reach(int customers, int withAddress, int reachable, int suppressed, int noConsent, int capped) {}

    /** A past campaign's holdout result: the conversion difference with its interval, when there was one. */
    record CampaignResult(
            String id, String name, String status, long recipients, Optional<Interval> conversionDifference) {}

    /** A confidence interval around an estimate. */
    record Interval(double estimate, double low, double high, double confidence) {}

    Optional<SegmentRun> latestRun();

    /** The customer ids of one segment of a run. */
    List<String> members(long runId, int segment);

    /** The predictions of those customers that have one, and the snapshot they were fitted at. */
    Predictions values(Collection<String> customerIds);

    /**
     * Predictions per customer and the fitted model's snapshot id, e.g. {@code orders:1203@2025-12-09}, with the
     * shop's typical repeat gap at that snapshot (over all its repeat buyers, not only the customers asked about);
     * empty when nobody bought on a second day.
     */
    record Predictions(Map<String, CustomerValue> byCustomer, String snapshotId, Optional<RepeatGap> repeatGap) {}

    /** Each customer's predicted best hour to receive a message, for those with a prediction. */
    Map<String, Integer> sendHours(Collection<String> customerIds);

    /** Each customer's preferred channel (its wire name), for those with engagement events. */
    Map<String, String> channels(Collection<String> customerIds);

    Reach reach(Collection<String> customerIds, ChannelKind channel);

    List<CampaignResult> campaignResults();
}
