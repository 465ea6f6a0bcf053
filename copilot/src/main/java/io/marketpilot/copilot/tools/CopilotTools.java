package io.marketpilot.copilot.tools;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.experiments.stats.SampleSize;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The copilot's read-only tools over {@link ShopFacts}. Each answers a typed record with the {@link ToolCall} that
 * names its arguments and the data snapshot it read, and lists as {@link Figure}s every number it returned.
 */
public final class CopilotTools {
    /** The significance and power a holdout is designed for. */
    public static final double ALPHA = 0.05;

    public static final double POWER = 0.8;
    /** The 90 % normal quantile of the value range. */
    private static final double Z90 = 1.6449;

    private final ShopFacts facts;

    public CopilotTools(ShopFacts facts) {
        this.facts = facts;
    }

    /** list_segments: the latest run's segments with their persona names, sizes and shares. */
    public ToolResults.Segments segments() {
        ShopFacts.SegmentRun run = facts.latestRun()
                .orElseThrow(() -> new MarketPilotException(
                        io.marketpilot.core.ErrorCode.CONFLICT,
                        "The copilot plans over segments, and there is no segmentation run yet; run 'segment' first"));
        List<Figure> figures = new ArrayList<>();
        StringBuilder summary = new StringBuilder("Run " + run.id() + " as of " + run.asOf() + ":");
        for (ShopFacts.SegmentRow s : run.segments()) {
            figures.add(new Figure("segment " + s.index() + " size", Figures.count(s.size())));
            figures.add(new Figure("segment " + s.index() + " share %", Figures.percent(s.share())));
            figures.add(new Figure("segment " + s.index() + " revenue share %", Figures.percent(s.revenueShare())));
            summary.append(" ")
                    .append(s.index())
                    .append(" ")
                    .append(s.name())
                    .append(" (")
                    .append(Figures.count(s.size()))
                    .append(" customers, ")
                    .append(Figures.percent(s.revenueShare()))
                    .append(" % of revenue);");
        }
        figures.add(new Figure("run id", Figures.count(run.id())));
        return new ToolResults.Segments(
                ToolCall.of("list_segments", Map.of(), runSnapshot(run.id()), summary.toString(), figures), run);
    }

    /**
     * segment_value: a segment's predicted value and risk of lapsing. At risk means BG/NBD's p(alive) below one half,
     * or, for the one-off buyers p(alive) says nothing about (it is 1 for them by construction), silent for longer
     * than the shop's typical repeat gap ({@link RepeatGap}); the two parts are listed too.
     */
    public ToolResults.SegmentValue segmentValue(long runId, int segment) {
        ShopFacts.Predictions p = facts.values(facts.members(runId, segment));
        Collection<ShopFacts.CustomerValue> customers = p.byCustomer().values();
        double[] clv = customers.stream()
                .mapToDouble(ShopFacts.CustomerValue::clv)
                .sorted()
                .toArray();
        int n = clv.length;
        double meanClv = Arrays.stream(clv).average().orElse(0);
        double meanPAlive = customers.stream()
                .mapToDouble(ShopFacts.CustomerValue::pAlive)
                .average()
                .orElse(0);
        Predicate<ShopFacts.CustomerValue> unlikelyAlive = v -> v.pAlive() < 0.5;
        Predicate<ShopFacts.CustomerValue> lapsedOneOff =
                v -> p.repeatGap().map(g -> g.lapsedOneOff(v)).orElse(false);
        double lowPAlive = share(customers, unlikelyAlive);
        double lapsed = share(customers, lapsedOneOff);
        double atRisk = share(customers, unlikelyAlive.or(lapsedOneOff));
        // a week's chance of at least one order, from the expected purchases over the model's year
        double baseline = customers.stream()
                .mapToDouble(v -> 1 - Math.exp(-v.expectedPurchases() * 7 / 365.0))
                .average()
                .orElse(0);
        double p10 = quantile(clv, 0.1);
        double p90 = quantile(clv, 0.9);
        String s = "segment " + segment;
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure(s + " customers with a prediction", Figures.count(n)),
                new Figure("CLV horizon (months)", "12"),
                new Figure(s + " mean CLV", Figures.money(meanClv)),
                new Figure(s + " CLV 10th percentile", Figures.money(p10)),
                new Figure(s + " CLV 90th percentile", Figures.money(p90)),
                new Figure(s + " mean p(alive) %", Figures.percent(meanPAlive)),
                new Figure(s + " at risk %", Figures.percent(atRisk)),
                new Figure(s + " p(alive) below one half %", Figures.percent(lowPAlive)),
                new Figure(s + " lapsed one-off buyers %", Figures.percent(lapsed)),
                new Figure(s + " weekly baseline conversion %", Figures.percent(baseline))));
        p.repeatGap().ifPresent(g -> figures.add(new Figure("typical repeat gap (days)", Figures.days(g.days()))));
        String summary = String.format(
                java.util.Locale.ROOT,
                "Segment %d: %s customers predicted, mean 12-month CLV %s (10th-90th percentile %s to %s), mean"
                        + " p(alive) %s %%, %s %% at risk (%s), %s %% expected to order within a week anyway",
                segment,
                Figures.count(n),
                Figures.money(meanClv),
                Figures.money(p10),
                Figures.money(p90),
                Figures.percent(meanPAlive),
                Figures.percent(atRisk),
                riskParts(lowPAlive, lapsed, p.repeatGap()),
                Figures.percent(baseline));
        return new ToolResults.SegmentValue(
                ToolCall.of(
                        "segment_value",
                        args(runId, segment),
                        runSnapshot(runId) + "+" + p.snapshotId(),
                        summary,
                        figures),
                segment,
                n,
                meanClv,
                p10,
                p90,
                meanPAlive,
                new ToolResults.LapseRisk(atRisk, lowPAlive, lapsed, p.repeatGap()),
                baseline);
    }

    /** What "at risk" is made of, in words, with the figures segment_value lists. */
    private static String riskParts(double lowPAlive, double lapsed, Optional<RepeatGap> gap) {
        String unlikely = Figures.percent(lowPAlive) + " % with p(alive) below one half";
        return gap.map(g -> unlikely + ", " + Figures.percent(lapsed) + " % one-off buyers silent for longer than"
                        + " the shop's typical repeat gap of " + Figures.days(g.days()) + " days")
                .orElse(unlikely + "; nobody bought twice, so one-off buyers cannot be judged lapsed");
    }

    private static double share(
            Collection<ShopFacts.CustomerValue> customers, Predicate<ShopFacts.CustomerValue> which) {
        return customers.isEmpty() ? 0 : customers.stream().filter(which).count() / (double) customers.size();
    }

    /** send_times: the hours a segment's customers read at. */
    public ToolResults.SendTimes sendTimes(long runId, int segment) {
        Map<String, Integer> hours = facts.sendHours(facts.members(runId, segment));
        int[] byHour = new int[24];
        hours.values().forEach(h -> byHour[Math.floorMod(h, 24)]++);
        int top = 0;
        for (int h = 1; h < 24; h++) {
            top = byHour[h] > byHour[top] ? h : top;
        }
        double share = hours.isEmpty() ? 0 : byHour[top] / (double) hours.size();
        String summary = hours.isEmpty()
                ? "No customer of segment " + segment + " has a predicted send hour"
                : Figures.count(hours.size()) + " customers of segment " + segment + " have a predicted hour; the"
                        + " commonest is hour " + top + " (" + Figures.percent(share) + " %)";
        return new ToolResults.SendTimes(
                ToolCall.of(
                        "send_times",
                        args(runId, segment),
                        runSnapshot(runId),
                        summary,
                        List.of(
                                new Figure("customers with a predicted hour", Figures.count(hours.size())),
                                new Figure("commonest hour", Integer.toString(top)),
                                new Figure("commonest hour share %", Figures.percent(share)))),
                hours.size(),
                top,
                share);
    }

    /** channel_preference: the channel a segment engages through, by majority of known preferences. */
    public ToolResults.ChannelMix channelPreference(long runId, int segment) {
        Map<String, String> channels = facts.channels(facts.members(runId, segment));
        Map<String, Integer> counts = new TreeMap<>();
        channels.values().forEach(c -> counts.merge(c, 1, Integer::sum));
        String preferred = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(ChannelKind.EMAIL.wireName());
        double share = channels.isEmpty() ? 0 : counts.getOrDefault(preferred, 0) / (double) channels.size();
        String summary = channels.isEmpty()
                ? "No customer of segment " + segment + " has engagement events; e-mail is the default"
                : "Of " + Figures.count(channels.size()) + " customers with a known preference, "
                        + Figures.percent(share) + " % engage through " + preferred;
        return new ToolResults.ChannelMix(
                ToolCall.of(
                        "channel_preference",
                        args(runId, segment),
                        runSnapshot(runId),
                        summary,
                        List.of(
                                new Figure("customers with a known channel", Figures.count(channels.size())),
                                new Figure("preferred channel share %", Figures.percent(share)))),
                preferred,
                share,
                channels.size());
    }

    /** reach: how many of a segment a campaign on the channel could reach under consent, suppression and caps. */
    public ToolResults.Headroom headroom(long runId, int segment, ChannelKind channel) {
        ShopFacts.Reach r = facts.reach(facts.members(runId, segment), channel);
        Map<String, String> a = new TreeMap<>(args(runId, segment));
        a.put("channel", channel.wireName());
        String summary = "Of " + r.customers() + " customers, " + r.withAddress() + " have an " + channel.wireName()
                + " address and " + r.reachable() + " can be reached now (" + r.suppressed() + " suppressed, "
                + r.noConsent() + " without consent, " + r.capped() + " at the frequency cap)";
        return new ToolResults.Headroom(
                ToolCall.of(
                        "reach",
                        a,
                        runSnapshot(runId),
                        summary,
                        List.of(
                                new Figure("customers", Figures.count(r.customers())),
                                new Figure("with address", Figures.count(r.withAddress())),
                                new Figure("reachable", Figures.count(r.reachable())),
                                new Figure("suppressed", Figures.count(r.suppressed())),
                                new Figure("without consent", Figures.count(r.noConsent())),
                                new Figure("at the cap", Figures.count(r.capped())))),
                r);
    }

    /**
     * holdout_design: the minimum detectable effect of holding out {@code holdoutShare} of {@code reachable}
     * customers, against a baseline conversion rate, with the experiments module's sample-size math. The smaller
     * group decides the power, so the design is judged as two arms of the holdout's size (conservative).
     */
    public ToolResults.Measurement holdoutDesign(long reachable, double holdoutShare, double baseline) {
        long holdout = Math.round(reachable * holdoutShare);
        long recipients = reachable - holdout;
        OptionalDouble mde = OptionalDouble.empty();
        if (holdout >= 2 && baseline > 0 && baseline < 1) {
            try {
                mde = OptionalDouble.of(
                        SampleSize.minimumDetectableEffect(baseline, (double) holdout, ALPHA, POWER, false));
            } catch (IllegalArgumentException tooSmall) {
                // no effect up to a rate of 1 is detectable with so few: the design says so
            }
        }
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("holdout share %", Figures.percent(holdoutShare)),
                new Figure("recipients", Figures.count(recipients)),
                new Figure("holdout", Figures.count(holdout)),
                new Figure("baseline conversion %", Figures.percent(baseline)),
                new Figure("significance %", Figures.percent(ALPHA)),
                new Figure("power %", Figures.percent(POWER))));
        mde.ifPresent(m -> figures.add(new Figure("minimum detectable effect (points)", Figures.points(m))));
        String summary = "A " + Figures.percent(holdoutShare) + " % holdout of " + reachable + " leaves "
                + recipients + " recipients and " + holdout + " held out; "
                + (mde.isPresent()
                        ? "it detects a conversion lift of " + Figures.points(mde.getAsDouble())
                                + " percentage points or more"
                        : "no lift is detectable at this size");
        return new ToolResults.Measurement(
                ToolCall.of(
                        "holdout_design",
                        Map.of(
                                "reachable", Long.toString(reachable),
                                "holdout_share", Double.toString(holdoutShare),
                                "baseline", Double.toString(baseline)),
                        "computed",
                        summary,
                        figures),
                holdoutShare,
                recipients,
                holdout,
                ALPHA,
                POWER,
                mde);
    }

    /**
     * outlook: expected recipients (from those reachable now to all with an address, less the holdout) and the
     * 12-month value they hold (mean CLV's 90 % interval times the recipients).
     */
    public ToolResults.Outlook outlook(long runId, int segment, ChannelKind channel, double holdoutShare) {
        ShopFacts.Reach r = facts.reach(facts.members(runId, segment), channel);
        ShopFacts.Predictions p = facts.values(facts.members(runId, segment));
        double[] clv = p.byCustomer().values().stream()
                .mapToDouble(ShopFacts.CustomerValue::clv)
                .toArray();
        double mean = Arrays.stream(clv).average().orElse(0);
        double se = clv.length < 2 ? 0 : Math.sqrt(variance(clv, mean) / clv.length);
        long low = (long) Math.floor(r.reachable() * (1 - holdoutShare));
        long high = (long) Math.floor(r.withAddress() * (1 - holdoutShare));
        double valueLow = low * Math.max(0, mean - Z90 * se);
        double valueHigh = high * (mean + Z90 * se);
        Map<String, String> a = new TreeMap<>(args(runId, segment));
        a.put("channel", channel.wireName());
        a.put("holdout_share", Double.toString(holdoutShare));
        String summary = "Expected recipients " + low + " to " + high + "; their 12-month value "
                + Figures.money(valueLow) + " to " + Figures.money(valueHigh) + " (90 % interval of the mean CLV)";
        return new ToolResults.Outlook(
                ToolCall.of(
                        "outlook",
                        a,
                        runSnapshot(runId) + "+" + p.snapshotId(),
                        summary,
                        List.of(
                                new Figure("recipients low", Figures.count(low)),
                                new Figure("recipients high", Figures.count(high)),
                                new Figure("value low", Figures.money(valueLow)),
                                new Figure("value high", Figures.money(valueHigh)),
                                new Figure("interval %", "90"),
                                new Figure("CLV horizon (months)", "12"))),
                low,
                high,
                valueLow,
                valueHigh);
    }

    /** past_campaigns: what earlier campaigns measured against their holdouts. */
    public ToolResults.PastCampaigns pastCampaigns() {
        List<ShopFacts.CampaignResult> results = facts.campaignResults();
        List<Figure> figures = new ArrayList<>();
        StringBuilder summary = new StringBuilder(results.size() + " campaigns");
        for (ShopFacts.CampaignResult c : results) {
            figures.add(new Figure(c.id() + " recipients", Figures.count(c.recipients())));
            summary.append("; ")
                    .append(c.name())
                    .append(" (")
                    .append(c.status())
                    .append(", ")
                    .append(c.recipients())
                    .append(" recipients");
            c.conversionDifference().ifPresent(i -> {
                figures.add(new Figure(c.id() + " lift (points)", Figures.points(i.estimate())));
                figures.add(new Figure(c.id() + " lift low (points)", Figures.points(i.low())));
                figures.add(new Figure(c.id() + " lift high (points)", Figures.points(i.high())));
                summary.append(", lift ")
                        .append(Figures.points(i.estimate()))
                        .append(" points, ")
                        .append(Figures.points(i.low()))
                        .append(" to ")
                        .append(Figures.points(i.high()));
            });
            summary.append(")");
        }
        figures.add(new Figure("campaigns", Figures.count(results.size())));
        return new ToolResults.PastCampaigns(
                ToolCall.of("past_campaigns", Map.of(), "campaigns", summary.toString(), figures), results);
    }

    private static Map<String, String> args(long runId, int segment) {
        return Map.of("run", Long.toString(runId), "segment", Integer.toString(segment));
    }

    private static String runSnapshot(long runId) {
        return "segmentation-run:" + runId;
    }

    /** The q-quantile of sorted values, interpolated between neighbours; 0 for none. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(i + 1, sorted.length - 1);
        return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
    }

    private static double variance(double[] xs, double mean) {
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (xs.length - 1);
    }
}
