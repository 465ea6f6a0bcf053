package io.marketpilot.predict.sendtime;

import io.marketpilot.core.MarketPilotException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores send-time recommendations on a time split: fitted on purchases before the split, does the window catch each
 * customer's next purchase after it? Compared with one global window and with unshrunk personal modes.
 */
public final class SendTimeEvaluation {
    /** Share of purchases before the default split. */
    public static final double DEFAULT_SPLIT_SHARE = 0.8;
    /** Widest hour window: ±11 h leaves one hour of the day out, ±12 h would be every hour. */
    public static final int MAX_HOUR_WINDOW = 11;

    // strength 0 is undefined for customers without data; a vanishing prior keeps the customer's own mode and only
    // breaks ties between equally frequent weekdays or hours by the group's pattern instead of by calendar order
    static final double RAW_MODE_STRENGTH = 1e-9;

    private SendTimeEvaluation() {}

    /**
     * Fits on purchases strictly before {@code splitAt} and scores, for every customer with purchases on both sides,
     * the first purchase at or after it. A hit is the recommended weekday and an hour within ±{@code hourWindow} of
     * the recommended one, wrapping around midnight.
     *
     * @throws MarketPilotException INVALID_INPUT when the window is out of range, nothing lies before the split, or
     *     no customer bought on both sides of it
     */
    public static SendTimeEvaluationReport evaluate(
            List<PurchaseTime> purchases, LocalDateTime splitAt, int hourWindow) {
        if (hourWindow < 0 || hourWindow > MAX_HOUR_WINDOW) {
            throw MarketPilotException.invalid(
                    "hour window must be 0 to " + MAX_HOUR_WINDOW + " hours either side, got " + hourWindow);
        }
        if (purchases.isEmpty()) {
            throw MarketPilotException.invalid("no purchase times to evaluate send times on");
        }
        List<PurchaseTime> before = new ArrayList<>();
        Map<String, Integer> purchasesBefore = new TreeMap<>();
        Map<String, LocalDateTime> next = new TreeMap<>();
        for (PurchaseTime p : purchases) {
            if (p.localTime().isBefore(splitAt)) {
                before.add(p);
                purchasesBefore.merge(p.customerId(), 1, Integer::sum);
            } else {
                next.merge(p.customerId(), p.localTime(), (a, b) -> a.isAfter(b) ? b : a);
            }
        }
        if (before.isEmpty()) {
            throw MarketPilotException.invalid("no purchase before the split at " + splitAt + " to fit on; all "
                    + purchases.size() + " are at or after it");
        }
        SendTimeModel shrunk = SendTimeModel.fit(before);
        SendTimeModel raw = SendTimeModel.fit(before, RAW_MODE_STRENGTH);
        SendTimeRecommendation global = shrunk.groupDefault();

        Map<HistorySize, Map<SendTimeMethod, int[]>> tallies = new EnumMap<>(HistorySize.class);
        int withoutHistory = 0;
        for (Map.Entry<String, LocalDateTime> e : next.entrySet()) {
            Integer history = purchasesBefore.get(e.getKey());
            if (history == null) {
                withoutHistory++;
                continue;
            }
            for (SendTimeMethod method : SendTimeMethod.values()) {
                SendTimeRecommendation r =
                        switch (method) {
                            case PERSONAL -> shrunk.recommend(e.getKey()).orElseThrow();
                            case GLOBAL -> global;
                            case RAW_MODE -> raw.recommend(e.getKey()).orElseThrow();
                        };
                tally(tallies, HistorySize.ALL, method, r, e.getValue(), hourWindow);
                tally(tallies, HistorySize.of(history), method, r, e.getValue(), hourWindow);
            }
        }
        int evaluated = next.size() - withoutHistory;
        if (evaluated == 0) {
            throw MarketPilotException.invalid("no customer bought both before and at or after the split at "
                    + splitAt + " (" + before.size() + " purchases before, " + (purchases.size() - before.size())
                    + " at or after)");
        }
        SendTimeFit fit = new SendTimeFit(
                before.size(),
                purchasesBefore.size(),
                shrunk.weekdayPrior().strength(),
                shrunk.hourPrior().strength(),
                global);
        return new SendTimeEvaluationReport(
                splitAt, hourWindow, fit, purchasesBefore.size() - evaluated, withoutHistory, results(tallies));
    }

    /**
     * The split with {@code share} of the purchases strictly before it (fewer when several share its time): the
     * time of the purchase at that rank.
     */
    public static LocalDateTime splitAt(List<PurchaseTime> purchases, double share) {
        if (purchases.isEmpty()) {
            throw MarketPilotException.invalid("no purchase times to choose a split from");
        }
        if (!(share > 0 && share < 1)) {
            throw MarketPilotException.invalid("split share must lie strictly between 0 and 1, got " + share);
        }
        List<LocalDateTime> times =
                purchases.stream().map(PurchaseTime::localTime).sorted().toList();
        return times.get((int) Math.floor(share * times.size()));
    }

    /** Whether two hours of the day are at most {@code window} hours apart on the 24-hour clock. */
    static boolean withinHours(int a, int b, int window) {
        int d = Math.abs(a - b) % 24;
        return Math.min(d, 24 - d) <= window;
    }

    private static void tally(
            Map<HistorySize, Map<SendTimeMethod, int[]>> tallies,
            HistorySize history,
            SendTimeMethod method,
            SendTimeRecommendation r,
            LocalDateTime next,
            int hourWindow) {
        int[] t = tallies.computeIfAbsent(history, h -> new EnumMap<>(SendTimeMethod.class))
                .computeIfAbsent(method, m -> new int[4]);
        boolean day = next.getDayOfWeek() == r.day();
        boolean hour = withinHours(next.getHour(), r.hour(), hourWindow);
        t[0]++;
        t[1] += day && hour ? 1 : 0;
        t[2] += day ? 1 : 0;
        t[3] += hour ? 1 : 0;
    }

    // every history group and method appears, with zero customers where none fell in it
    private static List<SendTimeHits> results(Map<HistorySize, Map<SendTimeMethod, int[]>> tallies) {
        List<SendTimeHits> results = new ArrayList<>();
        for (HistorySize history : HistorySize.values()) {
            for (SendTimeMethod method : SendTimeMethod.values()) {
                int[] t = tallies.getOrDefault(history, Map.of()).getOrDefault(method, new int[4]);
                results.add(new SendTimeHits(method, history, t[0], t[1], t[2], t[3]));
            }
        }
        return results;
    }
}
