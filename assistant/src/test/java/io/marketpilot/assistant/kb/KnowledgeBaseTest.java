package io.marketpilot.assistant.kb;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.text.language.LanguageDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk knowledge base with the real bge-small models. */
class KnowledgeBaseTest {
    @TempDir
    Path dir;

    private KnowledgeBase open() {
        return KnowledgeBase.onDisk(
                dir.resolve("index"), Fixtures.embedder(), new LanguageDetector(), Clock.systemUTC());
    }

    @Test
    void findsPassagesInEnglishAndChineseWithSourceAndPosition() {
        try (KnowledgeBase kb = open()) {
            kb.ingestFile(Fixtures.copy("guide.md", dir));
            kb.ingestFile(Fixtures.copy("faq.csv", dir));

            Passage hours = kb.search("when are your stores open on saturday", 3, SearchMode.HYBRID)
                    .getFirst();
            assertThat(hours.chunk().citation()).isEqualTo("guide.md#2");
            assertThat(hours.chunk().heading()).isEqualTo("Opening hours");
            assertThat(hours.lexicalRank()).isEqualTo(1);
            assertThat(hours.vectorRank()).isEqualTo(1);

            Passage chinese = kb.search("车架保修多久", 3, SearchMode.HYBRID).getFirst();
            assertThat(chinese.chunk().entryId()).isEqualTo("zh-warranty");
            assertThat(chinese.chunk().language()).isEqualTo("zh");
            assertThat(chinese.similarity()).isGreaterThan(0.6);
        }
    }

    @Test
    void reIngestingSkipsUnchangedFilesAndReplacesChangedOnes() throws Exception {
        Path guide = Fixtures.copy("guide.md", dir);
        try (KnowledgeBase kb = open()) {
            assertThat(kb.ingestFile(guide).status()).isEqualTo("added");
            assertThat(kb.ingestFile(guide).status()).isEqualTo("unchanged");
            int before = kb.chunkCount();

            Files.writeString(guide, "# Opening hours\nWe are open every day from 7:00 to 22:00, holidays included.\n");
            IngestResult changed = kb.ingestFile(guide);

            assertThat(changed.status()).isEqualTo("replaced");
            assertThat(changed.chunks()).isEqualTo(1);
            assertThat(kb.chunkCount()).isEqualTo(1).isLessThan(before);
            List<Passage> hits = kb.search("spare parts for seven years", 5, SearchMode.BM25);
            assertThat(hits).allMatch(p -> !p.chunk().text().contains("spare parts"));
        }
        try (KnowledgeBase reopened = open()) {
            assertThat(reopened.sources()).extracting(SourceInfo::source).containsExactly("guide.md");
            assertThat(reopened.search("opening hours holidays", 1, SearchMode.HYBRID)
                            .getFirst()
                            .chunk()
                            .text())
                    .contains("7:00 to 22:00");
        }
    }

    @Test
    void modesUseTheirOwnRankings() {
        try (KnowledgeBase kb = open()) {
            kb.ingestFile(Fixtures.copy("faq.csv", dir));
            List<Passage> bm25 = kb.search("tyre pressure gravel", 3, SearchMode.BM25);
            List<Passage> vector = kb.search("tyre pressure gravel", 3, SearchMode.VECTOR);

            assertThat(bm25).allMatch(p -> p.vectorRank() == 0 && p.lexicalRank() > 0);
            assertThat(vector).allMatch(p -> p.lexicalRank() == 0 && p.vectorRank() > 0);
            assertThat(bm25.getFirst().chunk().entryId()).isEqualTo("tyres");
            assertThat(kb.remove("faq.csv")).isTrue();
            assertThat(kb.search("tyre pressure gravel", 3, SearchMode.HYBRID)).isEmpty();
        }
    }
}
