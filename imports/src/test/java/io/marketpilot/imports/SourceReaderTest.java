package io.marketpilot.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceReaderTest {
    private static SourceData csv(String text) {
        return SourceReader.read(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), SourceFormat.fromFileName("x.csv"));
    }

    @Test
    void blankAndWhitespaceLinesAreSkippedAndLineNumbersStayTrue() {
        SourceData data = csv("id,name\n1,Ada\n\n   \n2,\"two\nlines\"\n\n3,Bo\n");

        assertThat(data.errors()).isEmpty();
        assertThat(data.rows()).extracting(SourceRow::line).containsExactly(2, 5, 8);
        assertThat(data.rows().get(1).get("name")).isEqualTo("two\nlines");
    }

    @Test
    void aBadRowAfterBlankLinesIsReportedOnItsOwnLine() {
        SourceData data = csv("id,name\n1,Ada\n\n\n2,Bo,extra\n");

        assertThat(data.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.reason()).contains("expected 2 fields but found 3");
        });
    }

    @Test
    void aOneColumnFileSkipsBlankLinesToo() {
        SourceData data = csv("text\nfirst\n\n  \nsecond\n\n");

        assertThat(data.rows()).extracting(r -> r.get("text")).containsExactly("first", "second");
        assertThat(data.rows()).extracting(SourceRow::line).containsExactly(2, 5);
    }
}
