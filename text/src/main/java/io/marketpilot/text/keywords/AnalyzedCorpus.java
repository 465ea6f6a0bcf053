package io.marketpilot.text.keywords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Texts tokenised once, with the document frequency of every term and the usual surface form of every term, so
 * keywords and phrases for the whole corpus and for any subset of it (a product, a segment, a topic) come from
 * the same statistics.
 */
public final class AnalyzedCorpus {
    private final List<List<Token>> docs;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();

    private AnalyzedCorpus(List<List<Token>> docs) {
        this.docs = docs;
        for (List<Token> doc : docs) {
            Set<String> seen = new HashSet<>();
            for (Token t : doc) {
                if (seen.add(t.term())) {
                    documentFrequency.merge(t.term(), 1, Integer::sum);
                }
                surfaces.computeIfAbsent(t.term(), k -> new HashMap<>()).merge(t.surface(), 1, Integer::sum);
            }
        }
    }

    public static AnalyzedCorpus of(List<String> texts, TermAnalyzer analyzer) {
        List<List<Token>> docs = new ArrayList<>(texts.size());
        for (String text : texts) {
            docs.add(text == null ? List.of() : analyzer.tokens(text));
        }
        return new AnalyzedCorpus(docs);
    }

    public int size() {
        return docs.size();
    }

    public List<Token> tokens(int doc) {
        return docs.get(doc);
    }

    public int documentFrequency(String term) {
        return documentFrequency.getOrDefault(term, 0);
    }

    /** The most frequent way {@code term} is written (ties: alphabetically first, for determinism). */
    public String surface(String term) {
        return surfaces.getOrDefault(term, Map.of()).entrySet().stream()
                .min((a, b) -> a.getValue().equals(b.getValue())
                        ? a.getKey().compareTo(b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .map(Map.Entry::getKey)
                .orElse(term);
    }

    /** Smoothed inverse document frequency, log((1 + N) / (1 + df)) + 1 as in scikit-learn. */
    public double idf(String term) {
        return Math.log((1.0 + size()) / (1.0 + documentFrequency(term))) + 1;
    }
}
