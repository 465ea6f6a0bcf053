package io.marketpilot.app.insight;

import io.marketpilot.text.aspects.Aspect;
import io.marketpilot.text.topics.Topic;
import io.marketpilot.text.trends.TrendFlag;
import io.marketpilot.text.trends.TrendSeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/** The listening results as plain JSON-ready maps (absent values become JSON null, which Optionals cannot). */
public final class ListeningJson {
    private ListeningJson() {}

    public static Map<String, Object> topic(Topic t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("language", t.language());
        m.put("size", t.size());
        m.put("share", t.share());
        m.put("meanSentiment", orNull(t.meanSentiment()));
        m.put("keyPhrases", t.keyPhrases());
        m.put("keywords", t.keywords());
        m.put("examples", t.examples());
        return m;
    }

    public static Map<String, Object> aspect(Aspect a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("language", a.language());
        m.put("reviews", a.reviews());
        m.put("mentions", a.mentions());
        m.put("meanSentiment", a.meanSentiment());
        m.put("positive", a.positive());
        m.put("negative", a.negative());
        m.put("mostPositive", a.mostPositive().orElse(null));
        m.put("mostNegative", a.mostNegative().orElse(null));
        return m;
    }

    public static List<Map<String, Object>> aspects(List<Aspect> aspects) {
        return aspects.stream().map(ListeningJson::aspect).toList();
    }

    public static Map<String, Object> series(TrendSeries s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("total", s.total());
        List<Map<String, Object>> points = new ArrayList<>();
        s.points().forEach(p -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("period", p.period().toString());
            point.put("volume", p.volume());
            point.put("meanSentiment", orNull(p.meanSentiment()));
            points.add(point);
        });
        m.put("points", points);
        m.put("flags", s.flags().stream().map(ListeningJson::flag).toList());
        return m;
    }

    public static Map<String, Object> flag(TrendFlag f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", f.key());
        m.put("period", f.period().toString());
        m.put("kind", f.kind());
        m.put("value", f.value());
        m.put("baseline", f.baseline());
        m.put("z", f.z());
        return m;
    }

    static @Nullable Double orNull(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }
}
