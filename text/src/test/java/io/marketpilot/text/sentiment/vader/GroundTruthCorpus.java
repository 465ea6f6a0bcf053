package io.marketpilot.text.sentiment.vader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ICWSM-2014 ground-truth sentences and the Python reference scores, read from test resources. */
final class GroundTruthCorpus {
    static final List<String> DATASETS =
            List.of("tweets", "movieReviewSnippets", "amazonReviewSnippets", "nytEditorialSnippets");

    record Reference(String dataset, String id, double neg, double neu, double pos, double compound) {}

    private GroundTruthCorpus() {}

    /** Sentence text by "dataset/id": everything after the second tab, line end stripped (PROVENANCE.md). */
    static Map<String, String> sentences() {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String dataset : DATASETS) {
            String content = read("ground-truth/" + dataset + "_GroundTruth.txt");
            for (String line : content.split("\n")) {
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t", 3);
                byKey.put(dataset + "/" + fields[0], fields[2]);
            }
        }
        return byKey;
    }

    static List<Reference> references() {
        List<Reference> rows = new ArrayList<>();
        String[] lines = read("reference_scores.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            rows.add(new Reference(
                    f[0],
                    f[1],
                    Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]),
                    Double.parseDouble(f[5])));
        }
        return rows;
    }

    private static String read(String resource) {
        try (InputStream in = GroundTruthCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
