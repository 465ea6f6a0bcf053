package io.marketpilot.text.trends;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Volume and sentiment per key per period, and the periods that stand out. The rule, for every period that has at
 * least {@value #MIN_HISTORY} earlier periods: take the trailing window of up to {@value #WINDOW} periods before
 * it; a key is <b>rising</b> when its volume is at least {@value #MIN_VOLUME} and its z-score against the window's
 * volumes, (v − mean) / max(sd, {@value #VOLUME_SD_FLOOR}), is at least {@value #Z}; its sentiment <b>drops</b>
 * when the period has at least {@value #MIN_VOLUME} scored mentions and the z-score of its mean sentiment against
 * the window's period means, with the sd floored at {@value #SENTIMENT_SD_FLOOR}, is at most −{@value #Z}. The
 * floors keep a flat history (sd ≈ 0) from turning one extra mention into an alarm.
 */
public final class TrendDetector {
    public static final int WINDOW = 8;
    public static final int MIN_HISTORY = 3;
    public static final int MIN_VOLUME = 3;
    public static final double Z = 2.0;
    public static final double VOLUME_SD_FLOOR = 1.0;
    public static final double SENTIMENT_SD_FLOOR = 0.15;

    private final Granularity granularity;

    public TrendDetector(Granularity granularity) {
        this.granularity = granularity;
    }

    /** One series per key, the most mentioned first. */
    public List<TrendSeries> detect(List<Observation> observations) {
        if (observations.isEmpty()) {
            return List.of();
        }
        LocalDate first = observations.stream()
                .map(Observation::day)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = observations.stream()
                .map(Observation::day)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate p = granularity.start(first); !p.isAfter(last); p = granularity.next(p)) {
            periods.add(p);
        }
        Map<String, Map<LocalDate, List<Double>>> byKey = new TreeMap<>();
        for (Observation o : observations) {
            byKey.computeIfAbsent(o.key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(granularity.start(o.day()), k -> new ArrayList<>())
                    .add(o.sentiment());
        }
        List<TrendSeries> out = new ArrayList<>();
        byKey.forEach((key, buckets) -> out.add(series(key, buckets, periods)));
        out.sort(Comparator.comparingInt(TrendSeries::total).reversed().thenComparing(TrendSeries::key));
        return out;
    }

    private TrendSeries series(String key, Map<LocalDate, List<Double>> buckets, List<LocalDate> periods) {
        List<TrendPoint> points = new ArrayList<>();
        int total = 0;
        for (LocalDate p : periods) {
            List<Double> values = buckets.getOrDefault(p, List.of());
            total += values.size();
            OptionalDouble mean = values.stream()
                    .mapToDouble(Double::doubleValue)
                    .filter(v -> !Double.isNaN(v))
                    .average();
            points.add(new TrendPoint(p, values.size(), mean));
        }
        List<TrendFlag> flags = new ArrayList<>();
        for (int t = MIN_HISTORY; t < points.size(); t++) {
            List<TrendPoint> window = points.subList(Math.max(0, t - WINDOW), t);
            TrendPoint now = points.get(t);
            double[] volumes = window.stream().mapToDouble(TrendPoint::volume).toArray();
            double vz = z(now.volume(), volumes, VOLUME_SD_FLOOR);
            if (now.volume() >= MIN_VOLUME && vz >= Z) {
                flags.add(new TrendFlag(key, now.period(), "rising", now.volume(), mean(volumes), vz));
            }
            double[] means = window.stream()
                    .filter(p -> p.meanSentiment().isPresent())
                    .mapToDouble(p -> p.meanSentiment().getAsDouble())
                    .toArray();
            int scored = now.meanSentiment().isPresent() ? now.volume() : 0;
            if (scored >= MIN_VOLUME && means.length >= MIN_HISTORY) {
                double s = now.meanSentiment().getAsDouble();
                double sz = z(s, means, SENTIMENT_SD_FLOOR);
                if (sz <= -Z) {
                    flags.add(new TrendFlag(key, now.period(), "sentiment_drop", s, mean(means), sz));
                }
            }
        }
        return new TrendSeries(key, total, points, flags);
    }

    static double z(double value, double[] window, double sdFloor) {
        double mean = mean(window);
        double ss = 0;
        for (double v : window) {
            ss += (v - mean) * (v - mean);
        }
        double sd = window.length > 1 ? Math.sqrt(ss / (window.length - 1)) : 0;
        return (value - mean) / Math.max(sd, sdFloor);
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? 0 : s / values.length;
    }
}
