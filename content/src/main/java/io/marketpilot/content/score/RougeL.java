package io.marketpilot.content.score;

import java.util.List;

/**
 * ROUGE-L (Lin, 2004): precision and recall of the longest common subsequence, combined as F1 (as Google's
 * {@code rouge-score} package reports it); with several references the best one counts.
 */
public final class RougeL {
    private RougeL() {}

    public static double f1(List<List<String>> references, List<String> candidate) {
        double best = 0;
        for (List<String> ref : references) {
            best = Math.max(best, single(ref, candidate));
        }
        return best;
    }

    static double single(List<String> reference, List<String> candidate) {
        if (reference.isEmpty() || candidate.isEmpty()) {
            return 0;
        }
        int lcs = lcs(reference, candidate);
        if (lcs == 0) {
            return 0;
        }
        double p = (double) lcs / candidate.size();
        double r = (double) lcs / reference.size();
        return 2 * p * r / (p + r);
    }

    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
