package io.marketpilot.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.marketpilot.core.ErrorCode;
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
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Reads CSV, TSV and JSON Lines into rows keyed by normalised column names, keeping line numbers. */
public final class SourceReader {
    /** A line holding one object and more after it would otherwise lose the rest silently. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SourceReader() {}

    /** Strict UTF-8, as imports need: a file in another encoding is refused rather than silently mangled. */
    public static SourceData read(InputStream in, SourceFormat format) {
        return read(in, format, true);
    }

    /**
     * Lenient UTF-8 for texts to analyse: bytes that are not UTF-8 become U+FFFD in their row, so one row of binary
     * junk gets its own result instead of stopping the batch. Nothing is stored from such input.
     */
    public static SourceData readLenient(InputStream in, SourceFormat format) {
        return read(in, format, false);
    }

    private static SourceData read(InputStream in, SourceFormat format, boolean strict) {
        CodingErrorAction onBadBytes = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        try {
            InputStream bytes = format.open(in);
            Utf8Check check = strict ? new Utf8Check(bytes) : null;
            try (Reader reader = withoutByteOrderMark(utf8(check == null ? bytes : check, onBadBytes))) {
                SourceData data = format.type() == SourceFormat.Type.JSONL
                        ? readJsonl(reader, strict)
                        : readDelimited(reader, format, strict);
                return check == null || check.badLine() == 0 ? data : cutAtBadBytes(data, check, format);
            }
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Keeps what was read before the first byte that is not UTF-8 and names its line; the file is refused as a whole
     * either way, but the rows before it still get their own reasons. A bad header leaves nothing to check.
     */
    private static SourceData cutAtBadBytes(SourceData data, Utf8Check check, SourceFormat format) {
        int bad = check.badLine();
        String reason = String.format(
                "is not UTF-8 text (byte 0x%02X): save the file as UTF-8 or remove the character", check.badByte());
        List<SourceRow> rows = data.rows().stream().filter(r -> r.line() < bad).toList();
        if (format.type() != SourceFormat.Type.JSONL && bad == 1) {
            throw new MarketPilotException(
                    ErrorCode.INVALID_INPUT, "Cannot read the file: line " + bad + " " + reason, Map.of("line", bad));
        }
        List<RowError> errors = new ArrayList<>(
                data.errors().stream().filter(e -> e.line() < bad).toList());
        errors.add(new RowError(bad, "", reason));
        return format.type() == SourceFormat.Type.JSONL && noReadableLine(rows, errors)
                ? refuse(errors)
                : new SourceData(data.headers(), rows, errors);
    }

    /** Spreadsheet programs start UTF-8 files with U+FEFF; left in, it would glue itself to the first header. */
    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static Reader utf8(InputStream in, CodingErrorAction onBadBytes) {
        var decoder =
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(onBadBytes).onUnmappableCharacter(onBadBytes);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    private static SourceData readDelimited(Reader reader, SourceFormat format, boolean strict) throws IOException {
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
                // Repeated names are reported below, after normalising, as a row error of the header line.
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        List<SourceRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, csv)) {
            List<String> names =
                    parser.getHeaderNames().stream().map(Headers::normalise).toList();
            Headers headers = new Headers(Set.copyOf(new LinkedHashSet<>(names)));
            repeatedColumns(names, errors);
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
                    // The record starts on the line after the previous one; the parser's own count has run on to
                    // wherever it gave up (the end of the file, for an unclosed quote).
                    errors.add(new RowError((int) startLine + 1, "", unparsable(e)));
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
                    values.putIfAbsent(names.get(i), record.get(i));
                }
                if (strict) {
                    unstorableCharacters(line, values, errors);
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

    private static void repeatedColumns(List<String> names, List<RowError> errors) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!name.isEmpty() && !seen.add(name)) {
                errors.add(new RowError(1, name, "the column appears twice in the header"));
            }
        }
    }

    /**
     * NUL cannot be stored by PostgreSQL, and a lone surrogate (possible through a JSON escape) is not text at all:
     * both are refused here, by line and column, rather than failing the write or being silently replaced.
     */
    private static void unstorableCharacters(int line, Map<String, String> values, List<RowError> errors) {
        values.forEach((column, value) -> {
            problem(value).ifPresent(problem -> errors.add(new RowError(line, column, problem)));
        });
    }

    private static Optional<String> problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return Optional.of("contains a NUL character (U+0000), which cannot be stored");
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("contains a lone surrogate (U+%04X), which is not text", (int) c));
            }
        }
        return Optional.empty();
    }

    private static SourceData readJsonl(Reader reader, boolean strict) throws IOException {
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
                int at = line;
                node.properties().forEach(e -> {
                    String name = Headers.normalise(e.getKey());
                    if (values.putIfAbsent(name, flatten(e.getValue())) != null && !name.isEmpty()) {
                        errors.add(new RowError(at, name, "the field appears twice in the object"));
                    }
                });
                if (strict) {
                    unstorableCharacters(line, values, errors);
                }
                headers.addAll(values.keySet());
                rows.add(new SourceRow(line, values));
            } catch (JsonProcessingException e) {
                errors.add(new RowError(line, "", "invalid JSON: " + e.getOriginalMessage()));
            }
        }
        return strict && noReadableLine(rows, errors)
                ? refuse(errors)
                : new SourceData(new Headers(Set.copyOf(headers)), rows, errors);
    }

    /**
     * A JSON Lines file whose lines are all unreadable has no columns to recognise a layout by; its row errors are
     * the answer, not "the header does not match".
     */
    private static boolean noReadableLine(List<SourceRow> rows, List<RowError> errors) {
        return rows.isEmpty() && !errors.isEmpty();
    }

    private static SourceData refuse(List<RowError> errors) {
        throw new ImportRejectedException("the file", errors);
    }

    private static String flatten(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
