package io.marketpilot.content.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BLEU (Papineni et al., 2002): the geometric mean of clipped 1- to 4-gram precisions times a brevity penalty
 * against the reference closest in length. The corpus form pools counts over all sentences, as the paper and
 * NLTK's {@code corpus_bleu} do; the sentence form is unsmoothed unless asked (then Lin & Och's add-one for n > 1,
 * NLTK's smoothing method 2), since a short text often has no matching 4-gram.
 */
public final class Bleu {
    private static final int MAX_N = 4;

    private Bleu() {}

    /** One candidate against its references. */
    public record Pair(List<List<String>> references, List<String> candidate) {}

    public static double sentence(List<List<String>> references, List<String> candidate, boolean smooth) {
        return corpus(List.of(new Pair(references, candidate)), smooth);
    }

    public static double corpus(List<Pair> pairs) {
        return corpus(pairs, false);
    }

    private static double corpus(List<Pair> pairs, boolean smooth) {
        long[] matched = new long[MAX_N + 1];
        long[] total = new long[MAX_N + 1];
        long candidateLength = 0;
        long referenceLength = 0;
        for (Pair p : pairs) {
            List<String> cand = p.candidate();
            candidateLength += cand.size();
            referenceLength += closestLength(p.references(), cand.size());
            for (int n = 1; n <= MAX_N; n++) {
                Map<List<String>, Integer> counts = ngrams(cand, n);
                Map<List<String>, Integer> maxRef = new HashMap<>();
                for (List<String> ref : p.references()) {
                    ngrams(ref, n).forEach((g, c) -> maxRef.merge(g, c, Math::max));
                }
                for (var e : counts.entrySet()) {
                    matched[n] += Math.min(e.getValue(), maxRef.getOrDefault(e.getKey(), 0));
                    total[n] += e.getValue();
                }
            }
        }
        if (candidateLength == 0) {
            return 0;
        }
        double logSum = 0;
        for (int n = 1; n <= MAX_N; n++) {
            double num = matched[n];
            double den = total[n];
            if (smooth && n > 1) {
                num += 1;
                den += 1;
            }
            if (num == 0 || den == 0) {
                return 0;
            }
            logSum += Math.log(num / den) / MAX_N;
        }
        double brevity =
                candidateLength >= referenceLength ? 1 : Math.exp(1 - (double) referenceLength / candidateLength);
        return brevity * Math.exp(logSum);
    }

    /** The reference length closest to the candidate's, the shorter one on a tie (as NLTK does). */
    private static int closestLength(List<List<String>> refs, int length) {
        int best = -1;
        for (List<String> r : refs) {
            int d = Math.abs(r.size() - length);
            if (best < 0 || d < Math.abs(best - length) || (d == Math.abs(best - length) && r.size() < best)) {
                best = r.size();
            }
        }
        return Math.max(best, 0);
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(tokens.subList(i, i + n), 1, Integer::sum);
        }
        return out;
    }
}
