package io.marketpilot.assistant.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.marketpilot.core.MarketPilotException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any bytes under any document name are read into sections or refused with a {@link MarketPilotException}. */
class DocumentReaderPropertiesTest {

    @Property(tries = 300, seed = "20261206")
    void anyBytesAreReadOrRefusedWithAMarketPilotException(
            @ForAll("documents") byte[] bytes, @ForAll("names") String name) throws IOException {
        Path file = Files.createTempFile("doc", "-" + name);
        try {
            Files.write(file, bytes);

            Throwable thrown = catchThrowable(() -> assertThat(DocumentReader.read(file))
                    .allSatisfy(section -> assertThat(section.text()).isNotBlank()));

            if (thrown instanceof AssertionError failed) {
                throw failed;
            }
            if (thrown != null && !(thrown instanceof MarketPilotException)) {
                throw new AssertionError("escaped: " + thrown, thrown);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("help.md", "help.html", "help.txt", "help.pdf", "faq.csv", "faq.jsonl");
    }

    /** Starts that make each reader go further than its first check, then tokens of markup and raw bytes. */
    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<String> start = Arbitraries.of(
                "",
                "%PDF-1.4\n",
                "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
                "<html><body>",
                "# Title\n",
                "id,question,answer\n",
                "\uFEFF");
        Arbitrary<String> tokens = Arbitraries.of(
                "# ",
                "```",
                "\n",
                "\r\n",
                "<h1>",
                "</h1>",
                "<p>",
                "<script>",
                "<li>",
                "obj",
                "endobj",
                "stream\n",
                "endstream",
                "xref\n0 1\n",
                "trailer\n<< /Root 1 0 R >>\n",
                "startxref\n9\n",
                "%%EOF",
                "<<",
                ">>",
                "/",
                "a",
                "1",
                "é",
                "中",
                "\u0000",
                "\"",
                ",");
        Arbitrary<String> text = tokens.list().ofMaxSize(30).map(t -> String.join("", t));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
        return Combinators.combine(start, text, raw, text).as((s, a, b, c) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((s + a).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(b);
            out.writeBytes(c.getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        });
    }
}
