package io.marketpilot.assistant.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What user files do to the FAQ reader: read or refused with a {@link MarketPilotException}, and an entry without
 * its question is refused by the line it starts on, also below answers that span several lines.
 */
class FaqFilePropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An FAQ as written: entries of (id, question, answer), one of them possibly without its question. */
    record Faq(List<List<String>> entries, int missingQuestion, String format, String lineEnd) {}

    @Property(tries = 400, seed = "20261206")
    void anyContentIsReadOrRefusedWithAMarketPilotException(
            @ForAll("junk") byte[] junk, @ForAll("fileNames") String name, @ForAll boolean queries) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((name.endsWith(".csv") ? (queries ? "query,answer_id\n" : "id,question,answer\n") : "")
                .getBytes(StandardCharsets.UTF_8));
        file.writeBytes(junk);

        Throwable thrown = read(name, file.toByteArray(), queries ? FaqFile::readQueries : FaqFile::read);

        if (thrown != null && !(thrown instanceof MarketPilotException)) {
            throw new AssertionError("escaped: " + thrown, thrown);
        }
    }

    @Property(tries = 300, seed = "20261206")
    void entriesReadBackAndOneWithoutAQuestionIsNamedByItsFirstLine(@ForAll("faqs") Faq faq) throws IOException {
        List<Integer> lines = new ArrayList<>();
        String text = write(faq, lines);

        Throwable thrown = read("faq." + faq.format(), text.getBytes(StandardCharsets.UTF_8), FaqFile::read);

        if (faq.missingQuestion() < 0) {
            assertThat(thrown).isNull();
            Path file = temp("faq." + faq.format(), text.getBytes(StandardCharsets.UTF_8));
            List<FaqEntry> read = FaqFile.read(file);
            Files.delete(file);
            assertThat(read)
                    .extracting(FaqEntry::id)
                    .containsExactlyElementsOf(
                            faq.entries().stream().map(e -> e.get(0)).toList());
        } else {
            assertThat(thrown)
                    .isInstanceOf(MarketPilotException.class)
                    .hasMessageContaining("line " + lines.get(faq.missingQuestion()) + ":");
        }
    }

    @Example
    void anUnclosedQuoteIsRefusedByTheLineItOpensOn() throws IOException {
        Throwable thrown = read(
                "faq.csv",
                "id,question,answer\nq1,Hours?,9-5\nq2,\"Returns?,30 days\nq3,Ship?,yes\n"
                        .getBytes(StandardCharsets.UTF_8),
                FaqFile::read);

        assertThat(thrown).isInstanceOf(MarketPilotException.class).hasMessageContaining("line 3");
    }

    // --- generators -------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Faq> faqs() {
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars(' ', ',', '"', '\n', '中', 'é')
                .ofMaxLength(30);
        Arbitrary<List<String>> entry = Combinators.combine(text, text).as((q, a) -> List.of("Q " + q, a));
        return entry.list().ofMinSize(1).ofMaxSize(6).flatMap(entries -> Combinators.combine(
                        Arbitraries.integers().between(-1, entries.size() - 1),
                        Arbitraries.of("csv", "jsonl"),
                        Arbitraries.of("\n", "\r\n"))
                .as((missing, format, lineEnd) -> {
                    List<List<String>> numbered = new ArrayList<>();
                    for (int i = 0; i < entries.size(); i++) {
                        numbered.add(List.of(
                                "e" + i,
                                i == missing ? " " : entries.get(i).get(0),
                                entries.get(i).get(1)));
                    }
                    return new Faq(numbered, missing, format, lineEnd);
                }));
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("faq.csv", "faq.jsonl");
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<String> tokens = Arbitraries.of(
                ",",
                "\"",
                "\n",
                "\r\n",
                "{",
                "}",
                ":",
                "\"id\"",
                "\"q1\"",
                "[1]",
                "null",
                "a",
                "\uFEFF",
                "\u0000",
                "é",
                "😀",
                "{\"id\":\"1\",\"question\":\"q\"}",
                "q1,Why?,Because");
        Arbitrary<byte[]> text =
                tokens.list().ofMaxSize(25).map(t -> String.join("", t).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(3);
        return Combinators.combine(text, raw, text).as((a, b, c) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(a);
            out.writeBytes(b);
            out.writeBytes(c);
            return out.toByteArray();
        });
    }

    // --- writing and reading ----------------------------------------------------------------------------------

    private static String write(Faq faq, List<Integer> lines) throws IOException {
        StringBuilder out = new StringBuilder();
        int line = 1;
        if (faq.format().equals("csv")) {
            CSVFormat csv = CSVFormat.DEFAULT
                    .builder()
                    .setRecordSeparator(faq.lineEnd())
                    .get();
            out.append("id,question,answer").append(faq.lineEnd());
            line++;
            for (List<String> entry : faq.entries()) {
                StringWriter record = new StringWriter();
                try (CSVPrinter printer = new CSVPrinter(record, csv)) {
                    printer.printRecord(entry);
                }
                lines.add(line);
                line += (int) record.toString().chars().filter(c -> c == '\n').count();
                out.append(record);
            }
        } else {
            for (List<String> entry : faq.entries()) {
                Map<String, String> object = new LinkedHashMap<>();
                object.put("id", entry.get(0));
                object.put("question", entry.get(1));
                object.put("answer", entry.get(2));
                lines.add(line++);
                out.append(JSON.writeValueAsString(object)).append(faq.lineEnd());
            }
        }
        return out.toString();
    }

    private static Throwable read(String name, byte[] bytes, Function<Path, ?> reader) throws IOException {
        Path file = temp(name, bytes);
        try {
            return catchThrowable(() -> reader.apply(file));
        } finally {
            Files.delete(file);
        }
    }

    private static Path temp(String name, byte[] bytes) throws IOException {
        Path file = Files.createTempFile("faq", "-" + name);
        Files.write(file, bytes);
        return file;
    }
}
