package io.marketpilot.text.keywords;

import io.marketpilot.text.language.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Key phrases by RAKE (Rose et al. 2010, "Automatic keyword extraction from individual documents"): candidates are
 * runs of adjacent content words between stop words and punctuation; each word scores degree/frequency over the
 * candidates (words that keep company in long phrases score high), a phrase scores the sum of its words. Over a
 * corpus, a phrase must occur in at least {@code minDocs} texts, so one-off word runs do not crowd out what many
 * customers say; phrases of two to {@value #MAX_WORDS} words are returned.
 */
public final class RakePhrases {
    public static final int MAX_WORDS = 4;

    private final AnalyzedCorpus corpus;

    public RakePhrases(AnalyzedCorpus corpus) {
        this.corpus = corpus;
    }

    private record Candidate(List<String> terms, String surface) {}

    public List<Keyword> phrases(List<Integer> docs, int limit, int minDocs, Language language) {
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, Integer> degree = new HashMap<>();
        Map<List<String>, Integer> phraseDocs = new HashMap<>();
        Map<List<String>, Map<String, Integer>> phraseSurfaces = new HashMap<>();
        String joiner = language == Language.CHINESE ? "" : " ";
        for (int d : docs) {
            Set<List<String>> seen = new HashSet<>();
            for (Candidate c : candidates(corpus.tokens(d), joiner)) {
                for (String term : c.terms()) {
                    frequency.merge(term, 1, Integer::sum);
                    degree.merge(term, c.terms().size(), Integer::sum);
                }
                if (c.terms().size() >= 2 && seen.add(c.terms())) {
                    phraseDocs.merge(c.terms(), 1, Integer::sum);
                }
                phraseSurfaces.computeIfAbsent(c.terms(), k -> new HashMap<>()).merge(c.surface(), 1, Integer::sum);
            }
        }
        List<Keyword> out = new ArrayList<>();
        phraseDocs.forEach((terms, count) -> {
            if (count < minDocs) {
                return;
            }
            // every term and phrase here was counted in the loop above, so these lookups find their counts
            double score = 0;
            for (String t : terms) {
                score += Objects.requireNonNull(degree.get(t)) / (double) Objects.requireNonNull(frequency.get(t));
            }
            String surface = Objects.requireNonNull(phraseSurfaces.get(terms)).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow()
                    .getKey();
            out.add(new Keyword(surface, score, count));
        });
        out.sort(Comparator.comparingDouble(Keyword::score)
                .reversed()
                .thenComparing(Comparator.comparingInt(Keyword::documents).reversed())
                .thenComparing(Keyword::text));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static List<Candidate> candidates(List<Token> tokens, String joiner) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size()
                    && tokens.get(j + 1).run() == tokens.get(i).run()) {
                j++;
            }
            // long runs are split into windows of MAX_WORDS rather than dropped: reviews often lack punctuation
            for (int from = i; from <= j; from += MAX_WORDS) {
                int to = Math.min(j, from + MAX_WORDS - 1);
                List<String> terms = new ArrayList<>();
                StringBuilder surface = new StringBuilder();
                for (int k = from; k <= to; k++) {
                    terms.add(tokens.get(k).term());
                    if (k > from) {
                        surface.append(joiner);
                    }
                    surface.append(tokens.get(k).surface());
                }
                out.add(new Candidate(List.copyOf(terms), surface.toString()));
            }
            i = j + 1;
        }
        return out;
    }
}
