package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.app.content.GenerationEvaluation;
import io.marketpilot.core.MarketPilotException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The references file of {@code eval generation}: cases with their line numbers, and bad lines named by number. */
class GenerationCaseFileTest {
    @TempDir
    Path dir;

    @Test
    void casesKeepTheirLineNumbersAcrossBlankLines() throws Exception {
        Path refs = dir.resolve("refs.jsonl");
        Files.writeString(refs, """
                {"id": "given", "candidate": "New cables", "references": ["new cables", "cables"]}

                {"channel": "email", "segment": "0", "field": "subject", "references": ["More"]}""");

        List<GenerationEvaluation.Case> cases = GenerationCaseFile.read(refs);

        assertThat(cases).hasSize(2);
        GenerationEvaluation.Case given = cases.get(0);
        assertThat(given.id()).isEqualTo("given");
        assertThat(given.references()).containsExactly("new cables", "cables");
        assertThat(given.candidate()).hasValue("New cables");
        assertThat(given.request()).isEmpty();
        GenerationEvaluation.Case generated = cases.get(1);
        assertThat(generated.line()).isEqualTo(3);
        assertThat(generated.id()).as("named by its line without an id").isEqualTo("3");
        assertThat(generated.field()).hasValue("subject");
        assertThat(generated.request()).hasValueSatisfying(r -> {
            assertThat(r.channel()).isEqualTo("email");
            assertThat(r.segment()).isEqualTo("0");
            assertThat(r.tone()).isEqualTo("friendly");
            assertThat(r.language()).isEqualTo("en");
            assertThat(r.network()).isEqualTo("x");
            assertThat(r.variants()).isEqualTo(1);
            assertThat(r.seed()).isEqualTo(1);
        });
    }

    @Test
    void badLinesAreRefusedWithTheirNumber() {
        assertRefused("{\"references\": [\"a\"], \"candidate\": ", 4, "Line 4 is not valid JSON");
        assertRefused("[\"a\"]", 5, "Line 5 is not a JSON object");
        assertRefused("{\"candidate\": \"x\"}", 6, "Line 6: \"references\" needs at least one text");
        assertRefused("{\"references\": [\"a\"]}", 7, "Line 7: give \"candidate\", or \"channel\" to generate one");
    }

    @Test
    void aFileWithoutCasesIsRefused() throws Exception {
        Path refs = Files.writeString(dir.resolve("empty.jsonl"), "\n  \n");

        assertThatThrownBy(() -> GenerationCaseFile.read(refs))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("The references file " + refs + " has no cases");
    }

    private static void assertRefused(String line, int number, String message) {
        assertThatThrownBy(() -> GenerationCaseFile.parseCase(line, number))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage(message);
    }
}
