package io.marketpilot.text.emotion;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.sentiment.learned.LabelledText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** Reads the English emotion corpus ({@code label,text} CSV, one row per line) with labels merged. */
public final class EmotionDataset {
    private EmotionDataset() {}

    /** Every row, labels merged by {@link EmotionLabels#merge}. */
    public static List<LabelledText> read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        if (lines.isEmpty() || !lines.get(0).strip().equalsIgnoreCase("label,text")) {
            throw MarketPilotException.invalid(csv + ": expected a 'label,text' header");
        }
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw MarketPilotException.invalid(csv + ": line " + (i + 1) + " has no comma");
            }
            rows.add(new LabelledText(
                    unquote(line.substring(comma + 1)), EmotionLabels.merge(line.substring(0, comma))));
        }
        return rows;
    }

    /**
     * At most {@code cap} rows per label, drawn with {@code new Random(seed)} per label in file order: the corpus
     * is dominated by joy and fear, and a cap keeps training time and class balance in check.
     */
    public static List<LabelledText> capPerLabel(List<LabelledText> rows, int cap, long seed) {
        Map<String, List<LabelledText>> byLabel = new TreeMap<>();
        rows.forEach(row ->
                byLabel.computeIfAbsent(row.label(), k -> new ArrayList<>()).add(row));
        Random random = new Random(seed);
        List<LabelledText> kept = new ArrayList<>();
        for (List<LabelledText> group : byLabel.values()) {
            List<LabelledText> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            kept.addAll(shuffled.subList(0, Math.min(cap, shuffled.size())));
        }
        return kept;
    }

    static String unquote(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            return f.substring(1, f.length() - 1).replace("\"\"", "\"");
        }
        return f;
    }
}
