package io.marketpilot.assistant.kb;

import io.marketpilot.core.input.TextRules;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Retrieves passages by BM25 (Lucene's default similarity, over the query language's analyzed field), by HNSW
 * vector search (bge-small, dot product on unit vectors = cosine), or both fused by reciprocal rank fusion:
 * score(d) = Σ 1 / ({@value #RRF_K} + rank), the constant from Cormack, Clarke and Büttcher (2009). RRF needs no
 * score calibration between BM25's unbounded scores and cosine similarities, which is why it is used here.
 */
final class HybridRetriever {
    static final int RRF_K = 60;
    /** Each ranking contributes at least this many candidates to the fusion. */
    static final int CANDIDATES = 50;
    /** Longer queries are cut: more terms only slow BM25 down (Lucene allows 1024 clauses). */
    private static final int MAX_QUERY_TERMS = 256;

    private final KnowledgeIndex index;
    private final BilingualEmbedder embedder;
    private final Function<String, String> language;

    HybridRetriever(KnowledgeIndex index, BilingualEmbedder embedder, Function<String, String> language) {
        this.index = index;
        this.embedder = embedder;
        this.language = language;
    }

    List<Passage> search(String query, int k, SearchMode mode) {
        // Invisible text (a zero-width space) gives the embedder no tokens to embed.
        if (TextRules.isBlank(query) || k <= 0) {
            return List.of();
        }
        String lang = language.apply(query);
        float[] vector = embedder.forLanguage(lang.equals("zh") ? Language.CHINESE : Language.ENGLISH)
                .embed(query);
        int candidates = Math.max(k, CANDIDATES);
        return index.withSearcher(searcher -> {
            List<Integer> lexical = mode == SearchMode.VECTOR ? List.of() : bm25(searcher, query, lang, candidates);
            List<Integer> semantic = mode == SearchMode.BM25 ? List.of() : knn(searcher, vector, lang, candidates);
            Map<Integer, double[]> fused = new LinkedHashMap<>();
            // [score, lexical rank, vector rank]
            for (int i = 0; i < lexical.size(); i++) {
                fused.computeIfAbsent(lexical.get(i), d -> new double[3])[1] = i + 1;
            }
            for (int i = 0; i < semantic.size(); i++) {
                fused.computeIfAbsent(semantic.get(i), d -> new double[3])[2] = i + 1;
            }
            for (double[] f : fused.values()) {
                f[0] = (f[1] > 0 ? 1.0 / (RRF_K + f[1]) : 0) + (f[2] > 0 ? 1.0 / (RRF_K + f[2]) : 0);
            }
            List<Map.Entry<Integer, double[]>> ranked = new ArrayList<>(fused.entrySet());
            ranked.sort(Comparator.<Map.Entry<Integer, double[]>>comparingDouble(e -> -e.getValue()[0])
                    .thenComparingInt(Map.Entry::getKey));
            List<Passage> out = new ArrayList<>();
            for (var e : ranked.subList(0, Math.min(k, ranked.size()))) {
                Document d = searcher.storedFields().document(e.getKey());
                Chunk chunk = chunk(d);
                double similarity = chunk.language().equals(lang)
                        ? dot(vector, KnowledgeBase.floats(d.getBinaryValue(KnowledgeIndex.VECTOR_STORED)))
                        : 0;
                double[] f = e.getValue();
                out.add(new Passage(chunk, f[0], similarity, (int) f[1], (int) f[2]));
            }
            return out;
        });
    }

    private List<Integer> bm25(IndexSearcher searcher, String query, String lang, int n) throws IOException {
        String field = KnowledgeIndex.textField(lang);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int terms = 0;
        try (TokenStream tokens = index.analyzer().tokenStream(field, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms < MAX_QUERY_TERMS) {
                q.add(new TermQuery(new Term(field, term.toString())), BooleanClause.Occur.SHOULD);
                terms++;
            }
            tokens.end();
        }
        if (terms == 0) {
            return List.of();
        }
        return ids(searcher.search(q.build(), n).scoreDocs);
    }

    private static List<Integer> knn(IndexSearcher searcher, float[] vector, String lang, int n) throws IOException {
        return ids(searcher.search(new KnnFloatVectorQuery(KnowledgeIndex.vectorField(lang), vector, n), n).scoreDocs);
    }

    private static List<Integer> ids(ScoreDoc[] docs) {
        List<Integer> out = new ArrayList<>(docs.length);
        for (ScoreDoc d : docs) {
            out.add(d.doc);
        }
        return out;
    }

    static Chunk chunk(Document d) {
        return new Chunk(
                d.get(KnowledgeIndex.SOURCE),
                d.getField(KnowledgeIndex.POSITION).numericValue().intValue(),
                d.get(KnowledgeIndex.HEADING),
                d.get(KnowledgeIndex.TEXT),
                d.get(KnowledgeIndex.ENTRY),
                d.get(KnowledgeIndex.LANGUAGE));
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
