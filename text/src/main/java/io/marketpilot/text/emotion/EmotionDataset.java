package io.marketpilot.text.emotion;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.classify.LabelledExample;
import io.marketpilot.text.sentiment.learned.LabelledText;
import io.marketpilot.text.sentiment.learned.ReviewDatasets;
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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads GoEmotions ({@code text<TAB>ids<TAB>comment id}, label names in {@code emotions.txt} beside it) mapped onto
 * {@link EmotionLabels}. The data is multi-label; a row is kept only when all its labels map to one of our labels
 * (joy + amusement stays, joy + anger is dropped), so every kept row has one unambiguous gold label.
 */
public final class EmotionDataset {
    public static final String NAMES_FILE = "emotions.txt";

    private EmotionDataset() {}

    /** A {@code label,text} CSV (one row per line) with its labels mapped by {@link EmotionLabels#merge}. */
    public static List<LabelledText> read(Path csv) {
        return ReviewDatasets.readLabelText(csv, EmotionLabels::merge);
    }

    /**
     * An RFC 4180 CSV with a header naming a {@code label} and a {@code text} column (others, such as
     * {@code source_id}, are ignored), labels mapped by {@link EmotionLabels#merge}; quoted fields may hold commas,
     * doubled quotes and line breaks.
     */
    public static List<LabelledExample> readLabelledCsv(Path csv) {
        List<List<String>> records = CsvRecords.parse(text(csv), csv);
        if (records.isEmpty()) {
            throw MarketPilotException.invalid(csv + ": empty file, expected a header with label and text");
        }
        List<String> header = records.get(0).stream()
                .map(h -> h.strip().replace("\uFEFF", "").toLowerCase(java.util.Locale.ROOT))
                .toList();
        int label = header.indexOf("label");
        int text = header.indexOf("text");
        if (label < 0 || text < 0) {
            throw MarketPilotException.invalid(csv + ": the header " + header + " lacks a label or a text column");
        }
        List<LabelledExample> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() <= Math.max(label, text)) {
                throw MarketPilotException.invalid(csv + ": record " + (r + 1) + " has " + record.size() + " fields");
            }
            rows.add(new LabelledExample(EmotionLabels.merge(record.get(label)), record.get(text)));
        }
        return rows;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The single-label rows of a GoEmotions split ({@code train.tsv} or {@code dev.tsv}). */
    public static List<LabelledExample> readGoEmotions(Path tsv) {
        List<String> names = lines(tsv.resolveSibling(NAMES_FILE)).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        List<LabelledExample> rows = new ArrayList<>();
        List<String> lines = lines(tsv);
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != 3) {
                throw MarketPilotException.invalid(tsv + ": line " + (i + 1) + " has " + fields.length
                        + " tab-separated fields, expected text, label ids, comment id");
            }
            SortedSet<String> labels = labels(fields[1], names, tsv, i + 1);
            String text = unescape(fields[0]);
            if (labels.size() == 1 && !text.isBlank()) {
                rows.add(new LabelledExample(labels.first(), text));
            }
        }
        return rows;
    }

    private static SortedSet<String> labels(String ids, List<String> names, Path tsv, int line) {
        TreeSet<String> labels = new TreeSet<>();
        for (String id : ids.split(",")) {
            int index;
            try {
                index = Integer.parseInt(id.strip());
            } catch (NumberFormatException e) {
                index = -1;
            }
            if (index < 0 || index >= names.size()) {
                throw MarketPilotException.invalid(
                        tsv + ": line " + line + " has label id '" + id + "', not one of 0.." + (names.size() - 1));
            }
            labels.add(EmotionLabels.merge(names.get(index)));
        }
        return labels;
    }

    /** Some texts are stored CSV-escaped: wrapped in quotes with inner quotes doubled. */
    static String unescape(String field) {
        if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
            return field.substring(1, field.length() - 1).replace("\"\"", "\"");
        }
        return field;
    }

    /**
     * At most {@code cap} rows per label, drawn with {@code new Random(seed)} per label in label order: neutral,
     * love and joy dominate GoEmotions, and a cap keeps embedding time in check (class weights handle the rest).
     */
    public static List<LabelledExample> capPerLabel(List<LabelledExample> rows, int cap, long seed) {
        Map<String, List<LabelledExample>> byLabel = new TreeMap<>();
        rows.forEach(row ->
                byLabel.computeIfAbsent(row.label(), k -> new ArrayList<>()).add(row));
        Random random = new Random(seed);
        List<LabelledExample> kept = new ArrayList<>();
        for (List<LabelledExample> group : byLabel.values()) {
            List<LabelledExample> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            kept.addAll(shuffled.subList(0, Math.min(cap, shuffled.size())));
        }
        return kept;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
