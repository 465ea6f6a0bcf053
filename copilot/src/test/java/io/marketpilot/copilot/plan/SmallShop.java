package io.marketpilot.copilot.plan;

import io.marketpilot.copilot.tools.RepeatGap;
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
 * A shop of segments held in memory, by default three: loyal big spenders (active, high value), lapsing high-value
 * customers (high value, mostly at risk) and bargain buyers (many, low value, least active). Its repeat buyers come
 * back within {@value #REPEAT_GAP_DAYS} days, nine in ten of them.
 */
final class SmallShop implements ShopFacts {
    static final double REPEAT_GAP_DAYS = 90;

    /**
     * One segment's centre: every member has these figures, give or take a spread.
     *
     * @param pAlive for one-off buyers ({@code repeatPurchases} 0) it is 1, as BG/NBD gives them
     */
    record Segment(
            String name,
            int size,
            double revenueShare,
            double clv,
            double pAlive,
            double purchases,
            int repeatPurchases,
            double daysSinceLastPurchase,
            String channel,
            int hour) {}

    private final List<SegmentRow> rows = new ArrayList<>();
    private final Map<Integer, List<String>> members = new HashMap<>();
    private final Map<String, CustomerValue> values = new HashMap<>();
    private final Map<String, Integer> hours = new HashMap<>();
    private final Map<String, String> channels = new HashMap<>();

    SmallShop() {
        this(List.of(
                new Segment("Loyal big spenders", 40, 0.6, 500, 0.9, 6, 8, 10, "email", 19),
                new Segment("Lapsing high value", 30, 0.3, 300, 0.3, 1, 2, 150, "sms", 8),
                new Segment("Bargain one-timers", 80, 0.1, 40, 0.2, 0.2, 1, 200, "email", 12)));
    }

    SmallShop(List<Segment> segments) {
        int customers = segments.stream().mapToInt(Segment::size).sum();
        for (Segment s : segments) {
            int index = rows.size();
            rows.add(new SegmentRow(index, s.name(), s.size(), s.size() / (double) customers, s.revenueShare()));
            add(index, s);
        }
    }

    private void add(int segment, Segment s) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String id = "s" + segment + "-" + i;
            ids.add(id);
            // a spread around each segment's centre, so percentiles and intervals are not degenerate
            double wobble = (i % 5 - 2) * 0.05;
            double pAlive = s.repeatPurchases() == 0 ? 1 : Math.min(1, s.pAlive() + wobble);
            values.put(
                    id,
                    new CustomerValue(
                            id,
                            s.clv() * (1 + wobble),
                            pAlive,
                            s.purchases(),
                            s.repeatPurchases(),
                            s.daysSinceLastPurchase() * (1 + wobble)));
            if (i % 4 != 0) {
                hours.put(id, i % 3 == 0 ? s.hour() + 1 : s.hour());
                channels.put(id, s.channel());
            }
        }
        members.put(segment, ids);
    }

    @Override
    public Optional<SegmentRun> latestRun() {
        return Optional.of(new SegmentRun(7, LocalDate.of(2025, 12, 1), rows));
    }

    @Override
    public List<String> members(long runId, int segment) {
        return members.getOrDefault(segment, List.of());
    }

    @Override
    public Predictions values(Collection<String> customerIds) {
        Map<String, CustomerValue> found = new HashMap<>();
        customerIds.forEach(id -> Optional.ofNullable(values.get(id)).ifPresent(v -> found.put(id, v)));
        return new Predictions(found, "orders:test", Optional.of(new RepeatGap(REPEAT_GAP_DAYS)));
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
