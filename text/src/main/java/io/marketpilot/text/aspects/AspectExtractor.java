package io.marketpilot.text.aspects;

import io.marketpilot.text.keywords.AnalyzedCorpus;
import io.marketpilot.text.keywords.TermAnalyzer;
import io.marketpilot.text.language.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Aspect-based sentiment learned from the reviews themselves: candidate aspects are the content words (Lucene
 * analysed, so "batteries" and "battery" count once) that appear in at least {@code minReviews} reviews and are not
 * opinion words, judged from the data (a word whose polar clauses all lean one way is an opinion, see
 * {@link #oneSided}) and, where the caller has one, a lexicon (VADER's for English); the most frequent become the
 * aspects. Each clause that mentions an aspect contributes its own score, so "great
 * sound, but the battery dies" is positive about sound and negative about the battery.
 */
public final class AspectExtractor {
    /** A clause counts as positive or negative beyond this score. */
    public static final double POLAR = 0.2;

    private final TermAnalyzer analyzer;
    private final Predicate<String> isOpinionWord;

    public AspectExtractor(TermAnalyzer analyzer, Predicate<String> isOpinionWord) {
        this.analyzer = analyzer;
        this.isOpinionWord = isOpinionWord;
    }

    /** The aspects and every mention behind them. */
    public record Result(List<Aspect> aspects, List<AspectMention> mentions) {}

    /**
     * The aspects the reviews discuss most, with every mention behind them.
     *
     * @param reviews each review's scored clauses (all in {@code language})
     * @param limit how many aspects to keep, most discussed first
     * @param minReviews the fewest reviews an aspect must appear in
     */
    public Result extract(List<List<ScoredClause>> reviews, Language language, int limit, int minReviews) {
        AnalyzedCorpus surfaces = AnalyzedCorpus.of(
                reviews.stream()
                        .map(r -> String.join(
                                " . ", r.stream().map(ScoredClause::text).toList()))
                        .toList(),
                analyzer);
        List<List<Set<String>>> clauseTerms = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, int[]> polarity = new HashMap<>();
        for (List<ScoredClause> review : reviews) {
            List<Set<String>> terms = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ScoredClause clause : review) {
                Set<String> t = new HashSet<>();
                analyzer.tokens(clause.text(), language).forEach(token -> t.add(token.term()));
                terms.add(t);
                for (String term : t) {
                    if (seen.add(term)) {
                        df.merge(term, 1, Integer::sum);
                    }
                    int[] counts = polarity.computeIfAbsent(term, k -> new int[2]);
                    if (clause.score() > POLAR) {
                        counts[0]++;
                    } else if (clause.score() < -POLAR) {
                        counts[1]++;
                    }
                }
            }
            clauseTerms.add(terms);
        }
        List<String> candidates = df.entrySet().stream()
                .filter(e -> e.getValue() >= minReviews)
                // every term counted in df has its polarity counts, made in the same loop
                .filter(e -> !oneSided(Objects.requireNonNull(polarity.get(e.getKey()))))
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                // after the sort, so an expensive opinion test runs only until enough aspects are found
                .filter(e -> !isOpinionWord.test(surfaces.surface(e.getKey())))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
        Set<String> wanted = Set.copyOf(candidates);
        Map<String, Mentions> byTerm = new HashMap<>();
        List<AspectMention> mentions = new ArrayList<>();
        for (int r = 0; r < reviews.size(); r++) {
            for (int c = 0; c < reviews.get(r).size(); c++) {
                ScoredClause clause = reviews.get(r).get(c);
                for (String term : clauseTerms.get(r).get(c)) {
                    if (!wanted.contains(term)) {
                        continue;
                    }
                    byTerm.computeIfAbsent(term, k -> new Mentions()).add(r, clause);
                    mentions.add(new AspectMention(r, surfaces.surface(term), clause.score()));
                }
            }
        }
        List<Aspect> aspects = new ArrayList<>();
        for (String term : candidates) {
            Mentions m = byTerm.get(term);
            if (m == null) {
                continue;
            }
            List<Double> s = m.scores;
            int positive = (int) s.stream().filter(v -> v > POLAR).count();
            int negative = (int) s.stream().filter(v -> v < -POLAR).count();
            aspects.add(new Aspect(
                    surfaces.surface(term),
                    language.code(),
                    m.reviews.size(),
                    s.size(),
                    s.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    positive,
                    negative,
                    positive > 0 ? Optional.of(m.extremes.positive) : Optional.empty(),
                    negative > 0 ? Optional.of(m.extremes.negative) : Optional.empty()));
        }
        aspects.sort(Comparator.comparingInt(Aspect::mentions).reversed().thenComparing(Aspect::text));
        return new Result(aspects, mentions);
    }

    /**
     * Whether a word behaves like an opinion rather than a thing: among at least {@value #MIN_POLAR} clearly polar
     * clauses it appears in, at least {@value #ONE_SIDED} of them lean the same way ("disappointed", 失望, 五星).
     * Things people talk about are praised and criticised both.
     */
    static boolean oneSided(int[] counts) {
        int polar = counts[0] + counts[1];
        return polar >= MIN_POLAR && Math.max(counts[0], counts[1]) >= ONE_SIDED * polar;
    }

    static final int MIN_POLAR = 5;
    static final double ONE_SIDED = 0.95;

    /** What the clauses that mention one aspect term say: their scores, their reviews and the extremes. */
    private static final class Mentions {
        final List<Double> scores = new ArrayList<>();
        final Set<Integer> reviews = new HashSet<>();
        final Extremes extremes = new Extremes();

        void add(int review, ScoredClause clause) {
            scores.add(clause.score());
            reviews.add(review);
            extremes.see(clause);
        }
    }

    /** The most positive and most negative clause per aspect; the first seen wins ties. */
    private static final class Extremes {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        String positive = "";
        String negative = "";

        void see(ScoredClause c) {
            if (c.score() > max) {
                max = c.score();
                positive = c.text();
            }
            if (c.score() < min) {
                min = c.score();
                negative = c.text();
            }
        }
    }
}
