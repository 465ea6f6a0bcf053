package io.marketpilot.assistant.eval;

import io.marketpilot.assistant.kb.FaqEntry;
import io.marketpilot.assistant.kb.FaqFile;
import io.marketpilot.assistant.kb.KnowledgeBase;
import io.marketpilot.assistant.kb.Passage;
import io.marketpilot.assistant.kb.SearchMode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.LanguageDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Indexes an FAQ in a throw-away in-memory knowledge base and asks every labelled query, judging a retrieval
 * correct when the FAQ entry whose id is the query's {@code answer_id} is returned.
 */
public final class RetrievalEvaluation {
    private final BilingualEmbedder embedder;
    private final LanguageDetector detector;

    public RetrievalEvaluation(BilingualEmbedder embedder, LanguageDetector detector) {
        this.embedder = embedder;
        this.detector = detector;
    }

    /** Evaluates every mode in {@code modes} over one index (the FAQ is embedded once). */
    public List<RetrievalReport> evaluate(
            List<FaqEntry> faq, List<FaqFile.LabelledQuery> queries, int k, List<SearchMode> modes) {
        if (k < 1) {
            throw MarketPilotException.invalid("k must be at least 1");
        }
        Set<String> ids = new HashSet<>();
        faq.forEach(e -> ids.add(e.id()));
        for (FaqFile.LabelledQuery q : queries) {
            if (!ids.contains(q.answerId())) {
                throw MarketPilotException.invalid(
                        "The query '" + q.query() + "' expects answer_id '" + q.answerId() + "', which the FAQ lacks");
            }
        }
        try (KnowledgeBase kb = KnowledgeBase.inMemory(embedder, detector)) {
            kb.ingest("faq", "faq", FaqFile.sections(faq), "eval");
            Set<String> models = new TreeSet<>();
            for (FaqFile.LabelledQuery q : queries) {
                models.add(kb.embeddingModel(kb.language(q.query())));
            }
            return modes.stream()
                    .map(mode -> run(kb, faq.size(), queries, k, mode, String.join("+", models)))
                    .toList();
        }
    }

    private static RetrievalReport run(
            KnowledgeBase kb, int entries, List<FaqFile.LabelledQuery> queries, int k, SearchMode mode, String model) {
        long start = System.nanoTime();
        int first = 0;
        int inTopK = 0;
        double reciprocal = 0;
        for (FaqFile.LabelledQuery q : queries) {
            List<Passage> hits = kb.search(q.query(), k, mode);
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).chunk().entryId().equals(q.answerId())) {
                    first += i == 0 ? 1 : 0;
                    inTopK++;
                    reciprocal += 1.0 / (i + 1);
                    break;
                }
            }
        }
        int n = queries.size();
        return new RetrievalReport(
                mode.wireName(),
                k,
                entries,
                n,
                (double) first / n,
                (double) inTopK / n,
                reciprocal / n,
                model,
                (System.nanoTime() - start) / 1e9);
    }
}
