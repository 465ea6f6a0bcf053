package io.marketpilot.text.classify;

import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Readers for the public benchmark files the classifier is measured on (research use, never shipped). */
public final class Benchmarks {
    private Benchmarks() {}

    /** dair-ai emotion ({@code text;label} per line, no header): the label follows the last semicolon. */
    public static List<LabelledExample> readDairEmotion(Path file) {
        List<LabelledExample> rows = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int cut = line.lastIndexOf(';');
            if (line.isBlank()) {
                continue;
            }
            if (cut < 0) {
                throw MarketPilotException.invalid(file + ": line " + (i + 1) + " has no ';' before its label");
            }
            rows.add(new LabelledExample(line.substring(cut + 1), line.substring(0, cut)));
        }
        return rows;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
