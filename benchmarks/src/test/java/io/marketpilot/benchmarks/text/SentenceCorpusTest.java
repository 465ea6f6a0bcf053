package io.marketpilot.benchmarks.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceCorpusTest {

    @Test
    void buildsTheSameSyntheticCorpusEveryTime() {
        String[] corpus = SentenceCorpus.load(SentenceCorpus.SYNTHETIC);

        assertThat(corpus).hasSize(SentenceCorpus.SYNTHETIC_SENTENCES).isEqualTo(SentenceCorpus.load("synthetic"));
        assertThat(Arrays.stream(corpus).mapToInt(s -> s.split(" ").length))
                .allSatisfy(words -> assertThat(words).isBetween(5, 30));
    }

    @Test
    void readsTheNonBlankLinesOfAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sentences.txt"), "Great product!\n\n  \nTerrible support :(\n");

        assertThat(SentenceCorpus.load(file.toString())).containsExactly("Great product!", "Terrible support :(");
    }

    @Test
    void rejectsAFileWithoutSentences(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "\n \n");

        assertThatThrownBy(() -> SentenceCorpus.load(empty.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no sentences");
        assertThatThrownBy(() -> SentenceCorpus.load(dir.resolve("missing.txt").toString()))
                .isInstanceOf(UncheckedIOException.class);
    }
}
