package io.marketpilot.copilot.plan;

import io.marketpilot.copilot.tools.ShopFacts;
import io.marketpilot.core.campaign.ChannelKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A shop of three segments held in memory: loyal big spenders (active, high value), lapsing high-value customers
 * (high value, mostly at risk) and one-time bargain buyers (many, low value, least active).
 */
final class SmallShop implements ShopFacts {
    private final Map<Integer, List<String>> members = new HashMap<>();
    private final Map<String, CustomerValue> values = new HashMap<>();
    private final Map<String, Integer> hours = new HashMap<>();
    private final Map<String, String> channels = new HashMap<>();

    SmallShop() {
        add(0, 40, 500, 0.9, 6, "email", 19);
        add(1, 30, 300, 0.3, 1, "sms", 8);
        add(2, 80, 40, 0.2, 0.2, "email", 12);
    }

    private void add(int segment, int n, double clv, double pAlive, double purchases, String channel, int hour) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "s" + segment + "-" + i;
            ids.add(id);
            // a spread around each segment's centre, so percentiles and intervals are not degenerate
            double wobble = (i % 5 - 2) * 0.05;
            values.put(id, new CustomerValue(id, clv * (1 + wobble), Math.min(1, pAlive + wobble), purchases));
            if (i % 4 != 0) {
                hours.put(id, i % 3 == 0 ? hour + 1 : hour);
                channels.put(id, channel);
            }
        }
        members.put(segment, ids);
    }

    @Override
    public Optional<SegmentRun> latestRun() {
        return Optional.of(new SegmentRun(
                7,
                LocalDate.of(2025, 12, 1),
                List.of(
                        new SegmentRow(0, "Loyal big spenders", 40, 40 / 150.0, 0.6),
                        new SegmentRow(1, "Lapsing high value", 30, 30 / 150.0, 0.3),
                        new SegmentRow(2, "Bargain one-timers", 80, 80 / 150.0, 0.1))));
    }

    @Override
    public List<String> members(long runId, int segment) {
        return members.getOrDefault(segment, List.of());
    }

    @Override
    public Predictions values(Collection<String> customerIds) {
        Map<String, CustomerValue> found = new HashMap<>();
        customerIds.forEach(id -> Optional.ofNullable(values.get(id)).ifPresent(v -> found.put(id, v)));
        return new Predictions(found, "orders:test");
    }

    @Override
    public Map<String, Integer> sendHours(Collection<String> customerIds) {
        Map<String, Integer> found = new HashMap<>();
        customerIds.forEach(id -> Optional.ofNullable(hours.get(id)).ifPresent(h -> found.put(id, h)));
        return found;
    }

    @Override
    public Map<String, String> channels(Collection<String> customerIds) {
        Map<String, String> found = new HashMap<>();
        customerIds.forEach(id -> Optional.ofNullable(channels.get(id)).ifPresent(c -> found.put(id, c)));
        return found;
    }

    /** Everyone has an address; one in ten is suppressed and one in ten has not consented. */
    @Override
    public Reach reach(Collection<String> customerIds, ChannelKind channel) {
        int n = customerIds.size();
        return new Reach(n, n, n - 2 * (n / 10), n / 10, n / 10, 0);
    }

    @Override
    public List<CampaignResult> campaignResults() {
        return List.of(new CampaignResult(
                "spring", "Spring sale", "completed", 900, Optional.of(new Interval(0.012, -0.004, 0.028, 0.95))));
    }
}
