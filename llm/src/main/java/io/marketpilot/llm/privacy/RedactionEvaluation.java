package io.marketpilot.llm.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recall and precision of a {@link PiiRedactor} per type on labelled texts ({@code {"text", "spans": [{"start",
 * "end", "type"}]}} per line). A labelled span is found when redactions cover every character of it; a redaction is
 * right when it overlaps a labelled span (of any type: covering a phone number as a card still protects it).
 */
public final class RedactionEvaluation {
    /** A labelled span. */
    public record Span(int start, int end, String type) {}

    /** A labelled text. */
    public record Example(String text, List<Span> spans) {}

    /** One type's counts. */
    public record Score(String type, int labelled, int found, int redacted, int right) {
        public double recall() {
            return labelled == 0 ? 1 : found / (double) labelled;
        }

        public double precision() {
            return redacted == 0 ? 1 : right / (double) redacted;
        }
    }

    private RedactionEvaluation() {}

    public static List<Example> read(InputStream in) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Example> out = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                if (row == null || !row.hasNonNull("text") || !row.has("spans")) {
                    throw MarketPilotException.invalid("line " + lineNo + ": expected {\"text\", \"spans\"}");
                }
                List<Span> spans = new ArrayList<>();
                for (JsonNode s : row.get("spans")) {
                    spans.add(new Span(
                            s.get("start").asInt(),
                            s.get("end").asInt(),
                            s.get("type").asText()));
                }
                out.add(new Example(row.get("text").asText(), spans));
            }
        }
        return out;
    }

    /** Scores per type, in {@link PiiType} order, plus any other labelled type the redactor has no detector for. */
    public static Map<String, Score> measure(PiiRedactor redactor, List<Example> examples) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (PiiType t : PiiType.values()) {
            counts.put(t.label(), new int[4]);
        }
        for (Example ex : examples) {
            List<PiiSpan> found = redactor.find(ex.text());
            for (Span gold : ex.spans()) {
                int[] c = counts.computeIfAbsent(gold.type(), k -> new int[4]);
                c[0]++;
                if (covered(gold, found)) {
                    c[1]++;
                }
            }
            for (PiiSpan f : found) {
                int[] c = counts.computeIfAbsent(f.type().label(), k -> new int[4]);
                c[2]++;
                if (ex.spans().stream().anyMatch(g -> g.start() < f.end() && f.start() < g.end())) {
                    c[3]++;
                }
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((type, c) -> scores.put(type, new Score(type, c[0], c[1], c[2], c[3])));
        return scores;
    }

    static boolean covered(Span gold, List<PiiSpan> found) {
        for (int i = gold.start(); i < gold.end(); i++) {
            int at = i;
            if (found.stream().noneMatch(f -> f.start() <= at && at < f.end())) {
                return false;
            }
        }
        return true;
    }
}
