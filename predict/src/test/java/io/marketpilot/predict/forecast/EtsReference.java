package io.marketpilot.predict.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The statsmodels values written by src/test/python/ets_reference.py, by case and kind. */
final class EtsReference {
    private final Map<String, Map<String, List<Double>>> values = new LinkedHashMap<>();

    EtsReference() {
        try (InputStream in = EtsReference.class.getResourceAsStream("ets_reference.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
                String[] f = line.split(",");
                // rows of one kind come in index order, so a list is enough
                values.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent(f[1], k -> new ArrayList<>())
                        .add(Double.parseDouble(f[3]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double[] get(String kase, String kind) {
        List<Double> list = values.getOrDefault(kase, Map.of()).getOrDefault(kind, List.of());
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double scalar(String kase, String kind, double fallback) {
        double[] v = get(kase, kind);
        return v.length == 0 ? fallback : v[0];
    }
}
