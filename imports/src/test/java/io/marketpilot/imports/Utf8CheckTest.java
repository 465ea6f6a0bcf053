package io.marketpilot.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The byte check against the JDK's own UTF-8 decoder as the reference. */
class Utf8CheckTest {

    @Property(tries = 2000, seed = "20261206")
    void agreesWithTheJdkDecoderOnWhereTheFirstBadByteIs(@ForAll("mostlyUtf8") byte[] bytes) throws IOException {
        int firstBad = firstMalformed(bytes);
        Utf8Check check = new Utf8Check(new ByteArrayInputStream(bytes));
        byte[] passed = readAll(check, bytes.length % 7 + 1);

        if (firstBad < 0) {
            assertThat(check.badLine()).isZero();
            assertThat(passed).isEqualTo(bytes);
        } else {
            assertThat(passed).isEqualTo(Arrays.copyOf(bytes, firstBad));
            assertThat(check.badLine()).isEqualTo(linesBefore(bytes, firstBad));
            assertThat(check.badByte()).isEqualTo(bytes[firstBad] & 0xFF);
        }
    }

    @Example
    void namesTheLineOfALatin1ByteAfterCrLfLines() throws IOException {
        byte[] bytes = "id,name\r\n1,Ada\r\n2,Jos\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Utf8Check check = new Utf8Check(new ByteArrayInputStream(bytes));
        readAll(check, 8192);

        assertThat(check.badLine()).isEqualTo(3);
        assertThat(check.badByte()).isEqualTo(0xE9);
    }

    /** Bytes drawn from UTF-8 encodings of all kinds of text, with raw bytes and cut sequences mixed in. */
    @Provide
    Arbitrary<byte[]> mostlyUtf8() {
        Arbitrary<byte[]> text = Arbitraries.strings()
                .withCharRange('\u0000', '\uFFFF')
                .ofMaxLength(6)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> lineBreaks =
                Arbitraries.of("\n", "\r\n", "\r", "a\n").map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> emoji =
                Arbitraries.of("😀", "𝄞", "\uDBFF\uDFFF").map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw =
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(3);
        Arbitrary<byte[]> cut = emoji.map(b -> Arrays.copyOf(b, b.length - 1));
        return Arbitraries.frequencyOf(
                        Tuple.of(6, text),
                        Tuple.of(3, lineBreaks),
                        Tuple.of(2, emoji),
                        Tuple.of(1, raw),
                        Tuple.of(1, cut))
                .list()
                .ofMaxSize(12)
                .map(Utf8CheckTest::concat);
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Reads through small, odd-sized buffers too, so that characters split across reads are covered. */
    private static byte[] readAll(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Where the JDK decoder first finds malformed input, or -1. */
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 2);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return in.position();
        }
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
    }

    /** The line number as the CSV parser counts: LF, CR LF and a lone CR each end a line. */
    private static int linesBefore(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                line++;
            } else if (bytes[i] == '\r') {
                line++;
            }
        }
        return line;
    }
}
