package io.marketpilot.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.imports.RowError;
import io.marketpilot.imports.SourceData;
import io.marketpilot.imports.SourceFormat;
import io.marketpilot.imports.SourceReader;
import io.marketpilot.imports.SourceRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** What any file, well-formed or not, does to the reader: rows with true line numbers, or one clear refusal. */
class SourceReaderPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A table as written: column names, rows of raw values, and how the file is laid out on disk. */
    record Table(
            List<String> columns, List<List<String>> rows, String format, String lineEnd, boolean bom, boolean gzip) {}

    @Property(tries = 300, seed = "61206")
    void writtenTablesReadBackValueForValueOnTheirLines(@ForAll("tables") Table table) throws IOException {
        Written file = write(table);
        SourceData data = SourceReader.read(new ByteArrayInputStream(file.bytes), SourceFormat.fromFileName(file.name));

        assertThat(data.errors()).isEmpty();
        assertThat(data.rows()).extracting(SourceRow::line).containsExactlyElementsOf(file.lines);
        for (int r = 0; r < table.rows().size(); r++) {
            Map<String, String> expected = new LinkedHashMap<>();
            for (int c = 0; c < table.columns().size(); c++) {
                expected.put(table.columns().get(c), table.rows().get(r).get(c));
            }
            assertThat(data.rows().get(r).values()).isEqualTo(expected);
        }
    }

    @Property(tries = 1500, seed = "61206")
    void anyBytesGiveRowsOnRealLinesOrOneMarketPilotException(
            @ForAll("junk") byte[] bytes, @ForAll("formats") String name, @ForAll boolean lenient) throws IOException {
        byte[] file = name.endsWith(".gz") ? gzip(bytes) : bytes;
        SourceData data;
        try {
            data = lenient
                    ? SourceReader.readLenient(new ByteArrayInputStream(file), SourceFormat.fromFileName(name))
                    : SourceReader.read(new ByteArrayInputStream(file), SourceFormat.fromFileName(name));
        } catch (MarketPilotException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        int lines = lineCount(bytes);
        assertThat(data.rows()).allSatisfy(r -> assertThat(r.line()).isBetween(1, lines));
        assertThat(data.errors()).allSatisfy(e -> assertThat(e.line()).isBetween(1, lines + 1));
    }

    @Property(tries = 200, seed = "61206")
    void strictReadingNamesNulAndLoneSurrogatesByLineAndColumn(
            @ForAll @IntRange(min = 1, max = 6) int rows,
            @ForAll @IntRange(min = 0, max = 5) int badRow,
            @ForAll("unstorable") String bad) {
        int target = badRow % rows;
        StringBuilder jsonl = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            jsonl.append("{\"id\":\"r")
                    .append(r)
                    .append("\",\"note\":\"")
                    .append(r == target ? bad : "fine")
                    .append("\"}\n");
        }
        SourceData strict = SourceReader.read(
                new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)),
                SourceFormat.fromFileName("x.jsonl"));
        SourceData lenient = SourceReader.readLenient(
                new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)),
                SourceFormat.fromFileName("x.jsonl"));

        assertThat(strict.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(target + 1);
            assertThat(e.field()).isEqualTo("note");
        });
        assertThat(lenient.errors()).isEmpty();
    }

    @Example
    void aCsvValueWithNulIsNamedByLineAndColumn() {
        SourceData data = csv("id,name\n1,Ada\n2,B\u0000o\n");

        assertThat(data.errors())
                .extracting(RowError::toString)
                .containsExactly("line 3 (name): contains a NUL character (U+0000), which cannot be stored");
    }

    @Example
    void aColumnRepeatedUnderAnotherSpellingIsNamedOnTheHeaderLine() {
        SourceData data = csv("id,name,Name\n1,Ada,Bo\n");

        assertThat(data.errors())
                .extracting(RowError::toString)
                .containsExactly("line 1 (name): the column appears twice in the header");
        assertThat(csv("id,id\n1,2\n").errors()).extracting(RowError::line).containsExactly(1);
    }

    @Example
    void aByteOrderMarkBeforeAQuotedHeaderIsSkipped() {
        SourceData data = csv("\uFEFF\"id\",\"name\"\n1,Ada\n");

        assertThat(data.headers().names()).containsExactlyInAnyOrder("id", "name");
        assertThat(data.rows()).singleElement().satisfies(r -> assertThat(r.get("name"))
                .isEqualTo("Ada"));
    }

    @Example
    void anUnclosedQuoteIsNamedOnTheLineItOpensNotAtTheEndOfTheFile() {
        SourceData data = csv("id,name\n1,Ada\n2,\"Bo\n3,Cy\n4,Di\n");

        assertThat(data.rows()).extracting(SourceRow::line).containsExactly(2);
        assertThat(data.errors()).singleElement().satisfies(e -> assertThat(e.line())
                .isEqualTo(3));
    }

    @Example
    void aLatin1ByteIsNamedOnItsLineAndTheRowsBeforeItAreStillRead() {
        byte[] bytes = "id,name\n1,Ada\n2,Jos\u00e9\n3,Cy\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceData data = SourceReader.read(new ByteArrayInputStream(bytes), SourceFormat.fromFileName("x.csv"));

        assertThat(data.rows()).extracting(SourceRow::line).containsExactly(2);
        assertThat(data.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("not UTF-8").contains("0xE9");
        });
    }

    @Example
    void aJsonLineWithASecondObjectAfterTheFirstIsRefusedNotHalfRead() {
        SourceData data = SourceReader.read(
                new ByteArrayInputStream(
                        "{\"id\":\"1\"}{\"id\":\"2\"}\n{\"id\":\"3\"}\n".getBytes(StandardCharsets.UTF_8)),
                SourceFormat.fromFileName("x.jsonl"));

        assertThat(data.errors()).singleElement().satisfies(e -> assertThat(e.line())
                .isEqualTo(1));
        assertThat(data.rows()).extracting(SourceRow::line).containsExactly(2);
    }

    // --- generators -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Integer> width = Arbitraries.integers().between(1, 5);
        return width.flatMap(w -> {
            List<String> columns = new ArrayList<>();
            for (int c = 0; c < w; c++) {
                columns.add("c" + c);
            }
            Arbitrary<List<String>> row = cell().list().ofSize(w - 1).map(rest -> {
                List<String> values = new ArrayList<>(rest);
                values.addFirst("r" + values.size()); // never a blank line, which the reader skips on purpose
                return values;
            });
            return Combinators.combine(
                            row.list().ofMaxSize(8),
                            Arbitraries.of("x.csv", "x.tsv", "x.jsonl"),
                            Arbitraries.of("\n", "\r\n"),
                            Arbitraries.of(true, false),
                            Arbitraries.of(true, false))
                    .as((rows, format, lineEnd, bom, gzip) -> new Table(columns, rows, format, lineEnd, bom, gzip));
        });
    }

    /** Values with everything that needs quoting or escaping: delimiters, quotes, line breaks, non-ASCII. */
    private static Arbitrary<String> cell() {
        Arbitrary<String> plain = Arbitraries.strings()
                .withCharRange('a', 'e')
                .withChars(',', '"', '\'', '\t', '\n', '\r', ' ', '\\', '{', '}', 'é', '中', '\u2028', '\u00A0')
                .ofMaxLength(12);
        return Combinators.combine(plain, Arbitraries.of("", "😀", "𝄞")).as((text, astral) -> text + astral);
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("x.csv", "x.tsv", "x.jsonl", "x.csv.gz", "x.jsonl.gz");
    }

    @Provide
    Arbitrary<String> unstorable() {
        return Arbitraries.of("a\\u0000b", "\\u0000", "x\\ud800", "\\udc00y", "\\udbff");
    }

    /** Bytes that look like files: header, delimiters, quotes, braces, line breaks, BOMs and non-UTF-8 bytes. */
    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<String> tokens = Arbitraries.of(
                "id,name\n",
                "{\"id\":\"1\",\"name\":\"a\"}\n",
                "id\tname\n",
                ",",
                "\t",
                "\"",
                "\"\"",
                "\n",
                "\r\n",
                "\r",
                "{",
                "}",
                ":",
                "[1,2]",
                "null",
                "a",
                "1e400",
                "\uFEFF",
                "\u0000",
                "é",
                "😀");
        Arbitrary<byte[]> text =
                tokens.list().ofMaxSize(20).map(t -> String.join("", t).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
        Arbitrary<byte[]> header = Arbitraries.of("", "id,name\n", "id,Name,name\n", "id\tid\n", "\uFEFF\"id\",name\n")
                .map(h -> h.getBytes(StandardCharsets.UTF_8));
        return Combinators.combine(header, text, raw, text).as((h, a, b, c) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(h);
            out.writeBytes(a);
            out.writeBytes(b);
            out.writeBytes(c);
            return out.toByteArray();
        });
    }

    // --- writing ----------------------------------------------------------------------------------------------

    private record Written(String name, byte[] bytes, List<Integer> lines) {}

    private static Written write(Table table) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        if (table.format().equals("x.jsonl")) {
            for (List<String> row : table.rows()) {
                Map<String, String> object = new LinkedHashMap<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    object.put(table.columns().get(c), row.get(c));
                }
                lines.add(line++);
                text.append(JSON.writeValueAsString(object)).append(table.lineEnd());
            }
        } else {
            char delimiter = table.format().equals("x.tsv") ? '\t' : ',';
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setRecordSeparator(table.lineEnd())
                    .get();
            text.append(record(format, table.columns()));
            line += lineBreaks(record(format, table.columns()));
            for (List<String> row : table.rows()) {
                String record = record(format, row);
                lines.add(line);
                line += lineBreaks(record);
                text.append(record);
            }
        }
        byte[] bytes = ((table.bom() ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
        return table.gzip()
                ? new Written(table.format() + ".gz", gzip(bytes), lines)
                : new Written(table.format(), bytes, lines);
    }

    private static String record(CSVFormat format, List<String> values) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static int lineBreaks(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
                breaks++;
            }
        }
        return breaks;
    }

    private static int lineCount(byte[] bytes) {
        int breaks = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r' || (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))) {
                breaks++;
            }
        }
        return breaks + 1;
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static SourceData csv(String text) {
        return SourceReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SourceFormat.fromFileName("x.csv"));
    }
}
