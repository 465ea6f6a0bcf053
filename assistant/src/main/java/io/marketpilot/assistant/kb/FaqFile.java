package io.marketpilot.assistant.kb;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads FAQ files (CSV with a header, or JSONL; columns {@code id}, {@code question}, {@code answer}) and the
 * evaluation's query files ({@code query}, {@code answer_id}). Bad rows are reported with their line number and
 * nothing is returned, as for every import.
 */
public final class FaqFile {
    /** A line holding one object and more after it would otherwise lose the rest silently. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private FaqFile() {}

    /** A query with the FAQ id a correct retrieval returns. */
    public record LabelledQuery(String query, String answerId) {}

    /** True for the file names read as FAQ files rather than documents. */
    public static boolean isFaq(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".jsonl");
    }

    public static List<FaqEntry> read(Path file) {
        List<FaqEntry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows(file, List.of("id", "question"))) {
            FaqEntry e = new FaqEntry(row.get("id"), row.get("question"), row.get("answer"));
            if (!seen.add(e.id())) {
                throw MarketPilotException.invalid(file + " line " + row.line() + ": duplicate id '" + e.id() + "'");
            }
            out.add(e);
        }
        if (out.isEmpty()) {
            throw MarketPilotException.invalid(file + " has no FAQ entries");
        }
        return out;
    }

    public static List<LabelledQuery> readQueries(Path file) {
        List<LabelledQuery> out = new ArrayList<>();
        for (Row row : rows(file, List.of("query", "answer_id"))) {
            out.add(new LabelledQuery(row.get("query"), row.get("answer_id")));
        }
        if (out.isEmpty()) {
            throw MarketPilotException.invalid(file + " has no queries");
        }
        return out;
    }

    /** Sections for the knowledge base: one per entry, headed by its question. */
    public static List<Section> sections(List<FaqEntry> entries) {
        return entries.stream()
                .map(e -> new Section(e.question(), e.answer(), e.id()))
                .toList();
    }

    private record Row(long line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private static List<Row> rows(Path file, List<String> required) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw MarketPilotException.invalid("Cannot read " + file + ": it is not UTF-8 text (save it as UTF-8)");
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read " + file + ": " + e.getMessage());
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<Row> rows = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")
                ? jsonl(file, content)
                : csv(file, new StringReader(content));
        for (Row r : rows) {
            for (String column : required) {
                if (r.get(column).isEmpty()) {
                    throw MarketPilotException.invalid(file + " line " + r.line() + ": '" + column
                            + "' is missing (the file needs the columns " + String.join(", ", required) + ")");
                }
            }
        }
        return rows;
    }

    private static List<Row> csv(Path file, Reader in) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                // Blank lines come through as records and are skipped below, so that the parser's line count stays
                // in step with the file and a row is named by the line it starts on, even after a multi-line answer.
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true)
                .get();
        List<Row> rows = new ArrayList<>();
        long start = 1;
        try (CSVParser parser = CSVParser.parse(in, format)) {
            start = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord r = records.next();
                long line = start + 1;
                start = parser.getCurrentLineNumber();
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                rows.add(new Row(line, r.toMap()));
            }
        } catch (UncheckedIOException e) {
            throw MarketPilotException.invalid(file + " line " + (start + 1) + " cannot be parsed as CSV: "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw MarketPilotException.invalid("Cannot parse " + file + " as CSV: " + e.getMessage());
        }
        return rows;
    }

    private static List<Row> jsonl(Path file, String content) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(lines[i]);
                Map<String, String> values = new java.util.HashMap<>();
                node.properties()
                        .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
                rows.add(new Row(i + 1, values));
            } catch (IOException e) {
                throw MarketPilotException.invalid(file + " line " + (i + 1) + " is not a JSON object");
            }
        }
        return rows;
    }
}
