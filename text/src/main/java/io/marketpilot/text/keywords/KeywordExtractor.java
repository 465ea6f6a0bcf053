package io.marketpilot.text.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keywords of a group of texts by TF-IDF, where the group is treated as one document against the whole corpus
 * (class-based TF-IDF): tf is the number of the group's texts containing the term. For the whole corpus the weight
 * is the smoothed idf, which ranks terms that are frequent but not everywhere; for a subset (a product, segment or
 * topic) it is the log ratio of the term's document rate inside the group to its rate in the rest of the corpus,
 * so what sets the group apart ranks first and terms the group uses less than others are dropped.
 */
public final class KeywordExtractor {
    private final AnalyzedCorpus corpus;

    public KeywordExtractor(AnalyzedCorpus corpus) {
        this.corpus = corpus;
    }

    /** The top {@code limit} keywords of the texts at {@code docs}; terms in fewer than {@code minDocs} are skipped. */
    public List<Keyword> keywords(List<Integer> docs, int limit, int minDocs) {
        Map<String, Integer> groupDf = new HashMap<>();
        for (int d : docs) {
            Set<String> seen = new HashSet<>();
            for (Token t : corpus.tokens(d)) {
                if (seen.add(t.term())) {
                    groupDf.merge(t.term(), 1, Integer::sum);
                }
            }
        }
        List<Keyword> out = new ArrayList<>();
        boolean whole = docs.size() >= corpus.size();
        int outside = corpus.size() - docs.size();
        groupDf.forEach((term, count) -> {
            if (count < minDocs) {
                return;
            }
            if (whole) {
                out.add(new Keyword(corpus.surface(term), count * corpus.idf(term), count));
                return;
            }
            // a subset: weigh by how much more often the group uses the term than the rest of the corpus
            double rateIn = count / (double) docs.size();
            double rateOut = (corpus.documentFrequency(term) - count + 0.5) / (outside + 1.0);
            double lift = Math.log(rateIn / rateOut);
            if (lift > 0) {
                out.add(new Keyword(corpus.surface(term), count * lift, count));
            }
        });
        out.sort(Comparator.comparingDouble(Keyword::score).reversed().thenComparing(Keyword::text));
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Keywords of every text in the corpus. */
    public List<Keyword> keywords(int limit, int minDocs) {
        return keywords(allDocs(corpus.size()), limit, minDocs);
    }

    static List<Integer> allDocs(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }
}
