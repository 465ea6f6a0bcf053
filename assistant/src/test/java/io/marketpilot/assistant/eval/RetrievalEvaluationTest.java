package io.marketpilot.assistant.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.assistant.kb.FaqEntry;
import io.marketpilot.assistant.kb.FaqFile;
import io.marketpilot.assistant.kb.Fixtures;
import io.marketpilot.assistant.kb.SearchMode;
import io.marketpilot.text.language.LanguageDetector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retrieval evaluation on the committed fixture (16 paraphrased English and Chinese questions). */
class RetrievalEvaluationTest {
    @TempDir
    Path dir;

    private final RetrievalEvaluation evaluation = new RetrievalEvaluation(Fixtures.embedder(), new LanguageDetector());

    @Test
    void reportsRecallAndMrrPerMode() {
        List<FaqEntry> faq = FaqFile.read(Fixtures.copy("faq.csv", dir));
        List<FaqFile.LabelledQuery> queries = FaqFile.readQueries(Fixtures.copy("queries.csv", dir));

        List<RetrievalReport> reports = evaluation.evaluate(faq, queries, 3, List.of(SearchMode.values()));

        assertThat(reports).extracting(RetrievalReport::mode).containsExactly("hybrid", "bm25", "vector");
        for (RetrievalReport r : reports) {
            assertThat(r.queries()).isEqualTo(16);
            assertThat(r.recallAt1()).isLessThanOrEqualTo(r.mrr());
            assertThat(r.mrr()).isLessThanOrEqualTo(r.recallAtK());
            assertThat(r.embedding()).contains("bge-small-en-v1.5").contains("bge-small-zh");
        }
        RetrievalReport hybrid = reports.get(0);
        // paraphrases share few words with the questions: the vectors must carry the hybrid ranking
        assertThat(hybrid.recallAtK()).isGreaterThanOrEqualTo(0.8);
        assertThat(hybrid.recallAtK()).isGreaterThanOrEqualTo(reports.get(1).recallAtK());
    }

    @Test
    void askingTheFaqsOwnQuestionsFindsEveryEntryFirst() {
        List<FaqEntry> faq = FaqFile.read(Fixtures.copy("faq.csv", dir));
        List<FaqFile.LabelledQuery> own = faq.stream()
                .map(e -> new FaqFile.LabelledQuery(e.question(), e.id()))
                .toList();

        RetrievalReport r =
                evaluation.evaluate(faq, own, 5, List.of(SearchMode.HYBRID)).getFirst();

        assertThat(r.recallAt1()).isEqualTo(1.0);
        assertThat(r.mrr()).isEqualTo(1.0);
    }

    @Test
    void aQueryForAnUnknownEntryIsRefused() {
        List<FaqEntry> faq = FaqFile.read(Fixtures.copy("faq.csv", dir));
        assertThatThrownBy(() -> evaluation.evaluate(
                        faq, List.of(new FaqFile.LabelledQuery("q", "nope")), 5, List.of(SearchMode.BM25)))
                .hasMessageContaining("'nope'");
    }
}
