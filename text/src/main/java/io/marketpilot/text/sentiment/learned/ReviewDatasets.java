package io.marketpilot.text.sentiment.learned;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Readers for the two labelled review sets the sentiment heads are trained on. */
public final class ReviewDatasets {
    /** The UCI "Sentiment Labelled Sentences" files used, in this order. */
    public static final List<String> UCI_FILES = List.of("amazon_cells_labelled.txt", "imdb_labelled.txt");

    private ReviewDatasets() {}

    /** UCI sentences: one {@code sentence<TAB>label} per line, 1 positive, 0 negative; both files, concatenated. */
    public static List<LabelledText> readUciSentences(Path directory) {
        List<LabelledText> rows = new ArrayList<>();
        for (String name : UCI_FILES) {
            Path file = directory.resolve(name);
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    throw MarketPilotException.invalid(file + ": line " + (i + 1) + " has no tab: " + abbreviate(line));
                }
                String label = labelled(file, i + 1, line.substring(tab + 1), raw -> label(raw, file));
                rows.add(new LabelledText(line.substring(0, tab).strip(), label));
            }
        }
        return rows;
    }

    /** ChnSentiCorp hotel reviews: CSV with a {@code label,text} header, fields quoted RFC 4180 style. */
    public static List<LabelledText> readChnSentiCorp(Path csv) {
        return readLabelText(csv, raw -> label(raw, csv));
    }

    /**
     * A {@code label,text} CSV with one row per line (the label is everything before the first comma, the text the
     * rest, unquoted), each label mapped by {@code label}; blank lines are skipped.
     */
    public static List<LabelledText> readLabelText(Path csv, java.util.function.UnaryOperator<String> label) {
        List<String> lines = lines(csv);
        if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equalsIgnoreCase("label,text")) {
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
                    unquote(line.substring(comma + 1)), labelled(csv, i + 1, line.substring(0, comma), label)));
        }
        return rows;
    }

    /** The label of one line; a label that is refused is refused with the line it stands on. */
    private static String labelled(Path file, int line, String raw, java.util.function.UnaryOperator<String> label) {
        try {
            return label.apply(raw);
        } catch (MarketPilotException e) {
            throw MarketPilotException.invalid(file + ": line " + line + ": " + e.getMessage());
        }
    }

    static String unquote(String field) {
        String f = field.strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            return f.substring(1, f.length() - 1).replace("\"\"", "\"");
        }
        return f;
    }

    private static String label(String raw, Path file) {
        return switch (raw.strip()) {
            case "1" -> LabelledText.POSITIVE;
            case "0" -> LabelledText.NEGATIVE;
            default -> throw MarketPilotException.invalid(file + ": label must be 0 or 1, not " + abbreviate(raw));
        };
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw MarketPilotException.invalid("Cannot read " + file + ": it is not UTF-8 text (save it as UTF-8)");
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
