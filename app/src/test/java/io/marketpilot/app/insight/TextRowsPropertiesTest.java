package io.marketpilot.app.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.marketpilot.core.MarketPilotException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What any file of texts to analyse (sentiment, emotion) does to the reader: texts on real lines, or one
 * {@link MarketPilotException} that names the first unreadable row.
 */
class TextRowsPropertiesTest {

    @Property(tries = 500, seed = "20261206")
    void anyBytesGiveTextsOnRealLinesOrOneMarketPilotException(
            @ForAll("junk") byte[] bytes, @ForAll("names") String name, @ForAll boolean gzipped) {
        byte[] file = gzipped ? gzip(bytes) : bytes;

        Throwable thrown = catchThrowable(() -> {
            List<TextRows.TextRow> rows = TextRows.read(name, new ByteArrayInputStream(file), "text", "id", "label");
            int lines = lineCount(bytes);
            assertThat(rows).allSatisfy(r -> assertThat(r.line()).isBetween(1, lines));
        });

        if (thrown instanceof AssertionError failed) {
            throw failed;
        }
        if (thrown != null && !(thrown instanceof MarketPilotException)) {
            throw new AssertionError("escaped: " + thrown, thrown);
        }
    }

    @Example
    void aGzipNameOnBytesThatAreNotGzipIsRefusedWithAMarketPilotException() {
        Throwable thrown = catchThrowable(() -> TextRows.read(
                "texts.txt.gz",
                new ByteArrayInputStream(gzip("great\n".getBytes(StandardCharsets.UTF_8)), 0, 12),
                "text",
                null,
                null));

        assertThat(thrown).isInstanceOf(MarketPilotException.class);
    }

    @Example
    void anUnreadableRowIsNamedByItsLine() {
        Throwable thrown = catchThrowable(() -> TextRows.read(
                "texts.csv",
                new ByteArrayInputStream("id,text\n1,fine\n2,\"open\n".getBytes(StandardCharsets.UTF_8)),
                "text",
                "id",
                null));

        assertThat(thrown).isInstanceOf(MarketPilotException.class).hasMessageContaining("line 3");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(
                "texts.csv", "texts.tsv", "texts.jsonl", "texts.txt", "texts.csv.gz", "texts.txt.gz", "-");
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<String> header = Arbitraries.of("", "id,text,label\n", "text\n", "id\ttext\n", "{\"text\":\"a\"}\n");
        Arbitrary<String> tokens = Arbitraries.of(
                ",",
                "\t",
                "\"",
                "\n",
                "\r\n",
                "\r",
                "{",
                "}",
                ":",
                "\"text\"",
                "1",
                "\t1",
                "a",
                "\uFEFF",
                "\u0000",
                "é",
                "中",
                "😀");
        Arbitrary<String> text = tokens.list().ofMaxSize(25).map(t -> String.join("", t));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(3);
        return Combinators.combine(header, text, raw, text).as((h, a, b, c) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((h + a).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(b);
            out.writeBytes(c.getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        });
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

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
