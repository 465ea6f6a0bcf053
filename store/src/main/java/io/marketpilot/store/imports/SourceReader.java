package io.marketpilot.store.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV, TSV and JSON Lines into rows keyed by normalised column names, keeping line numbers. */
public final class SourceReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SourceReader() {}

    /** Strict UTF-8, as imports need: a file in another encoding is refused rather than silently mangled. */
    public static SourceData read(InputStream in, SourceFormat format) {
        return read(in, format, CodingErrorAction.REPORT);
    }

    /**
     * Lenient UTF-8 for texts to analyse: bytes that are not UTF-8 become U+FFFD in their row, so one row of binary
     * junk gets its own result instead of stopping the batch. Nothing is stored from such input.
     */
    public static SourceData readLenient(InputStream in, SourceFormat format) {
        return read(in, format, CodingErrorAction.REPLACE);
    }

    private static SourceData read(InputStream in, SourceFormat format, CodingErrorAction onBadBytes) {
        try (Reader reader = utf8(format.open(in), onBadBytes)) {
            return format.type() == SourceFormat.Type.JSONL ? readJsonl(reader) : readDelimited(reader, format);
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read the file: " + e.getMessage());
        }
    }

    private static Reader utf8(InputStream in, CodingErrorAction onBadBytes) {
        var decoder =
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(onBadBytes).onUnmappableCharacter(onBadBytes);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    private static SourceData readDelimited(Reader reader, SourceFormat format) throws IOException {
        CSVFormat csv = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(format.type().delimiter())
                .setHeader()
                .setSkipHeaderRecord(true)
                // Blank lines come through as one-value records and are skipped below, so that the parser's line
                // count stays in step with the file's lines and every error names the right one.
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .setAllowMissingColumnNames(true)
                .get();
        List<SourceRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, csv)) {
            List<String> names =
                    parser.getHeaderNames().stream().map(Headers::normalise).toList();
            Headers headers = new Headers(Set.copyOf(new LinkedHashSet<>(names)));
            long startLine = 1;
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    errors.add(new RowError((int) parser.getCurrentLineNumber() + 1, "", unparsable(e)));
                    break;
                }
                int line = (int) startLine + 1;
                startLine = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // an empty or whitespace-only line is not a row, whatever the number of columns
                }
                if (record.size() != names.size()) {
                    errors.add(
                            new RowError(line, "", "expected " + names.size() + " fields but found " + record.size()));
                    continue;
                }
                Map<String, String> values = HashMap.newHashMap(names.size());
                for (int i = 0; i < names.size(); i++) {
                    values.put(names.get(i), record.get(i));
                }
                rows.add(new SourceRow(line, values));
            }
            return new SourceData(headers, rows, errors);
        } catch (UncheckedIOException e) {
            throw MarketPilotException.invalid("Cannot read the file: " + unparsable(e));
        }
    }

    private static String unparsable(RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return "unreadable record (" + cause.getMessage() + ")";
    }

    private static SourceData readJsonl(Reader reader) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<SourceRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> headers = new LinkedHashSet<>();
        String text;
        int line = 0;
        while ((text = lines.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(text);
                if (!node.isObject()) {
                    errors.add(new RowError(line, "", "expected a JSON object"));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                node.properties().forEach(e -> values.put(Headers.normalise(e.getKey()), flatten(e.getValue())));
                headers.addAll(values.keySet());
                rows.add(new SourceRow(line, values));
            } catch (JsonProcessingException e) {
                errors.add(new RowError(line, "", "invalid JSON: " + e.getOriginalMessage()));
            }
        }
        return new SourceData(new Headers(Set.copyOf(headers)), rows, errors);
    }

    private static String flatten(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
