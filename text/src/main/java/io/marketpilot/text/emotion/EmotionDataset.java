package io.marketpilot.text.emotion;

import io.marketpilot.text.sentiment.learned.LabelledText;
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
        return io.marketpilot.text.sentiment.learned.ReviewDatasets.readLabelText(csv, EmotionLabels::merge);
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
}
