package io.marketpilot.text.topics;

import io.marketpilot.text.keywords.AnalyzedCorpus;
import io.marketpilot.text.keywords.Keyword;
import io.marketpilot.text.keywords.KeywordExtractor;
import io.marketpilot.text.keywords.RakePhrases;
import io.marketpilot.text.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Turns cluster assignments into {@link Topic}s: names from the cluster's key phrases (RAKE, at least two texts)
 * topped up with its most distinctive TF-IDF keywords, size, share, mean sentiment and the texts nearest the
 * centre as examples. The clustering itself is the caller's (the app uses the profiling module's k-means).
 */
public final class TopicNamer {
    public static final int NAME_PARTS = 3;
    public static final int EXAMPLES = 3;

    private final KeywordExtractor keywords;
    private final RakePhrases phrases;

    public TopicNamer(AnalyzedCorpus corpus) {
        this.keywords = new KeywordExtractor(corpus);
        this.phrases = new RakePhrases(corpus);
    }

    /**
     * The topics of clustered texts, each named by its key phrases and keywords, with examples near its centre.
     *
     * @param texts the texts, aligned with the corpus
     * @param sentiment score per text, NaN where there is none
     * @param vectors the embedding of each text
     * @param labels the cluster of each text (0..k-1)
     * @param centroids one centre per cluster, in the vectors' space
     */
    public List<Topic> topics(
            List<String> texts,
            double[] sentiment,
            double[][] vectors,
            int[] labels,
            double[][] centroids,
            Language language) {
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < centroids.length; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            members.get(labels[i]).add(i);
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < centroids.length; c++) {
            if (!members.get(c).isEmpty()) {
                order.add(c);
            }
        }
        order.sort((a, b) -> members.get(b).size() != members.get(a).size()
                ? Integer.compare(members.get(b).size(), members.get(a).size())
                : Integer.compare(a, b));
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            all.add(i);
        }
        java.util.Map<String, Integer> corpusPhraseDocs = new java.util.HashMap<>();
        phrases.phrases(all, Integer.MAX_VALUE, 1, language)
                .forEach(k -> corpusPhraseDocs.put(k.text(), k.documents()));
        List<Topic> topics = new ArrayList<>();
        for (int c : order) {
            List<Integer> docs = members.get(c);
            int minDocs = Math.max(2, docs.size() / 50);
            List<Keyword> keyPhrases = distinctive(
                    phrases.phrases(docs, 50, minDocs, language), corpusPhraseDocs, docs.size(), labels.length);
            List<Keyword> words = keywords.keywords(docs, 8, Math.min(2, docs.size()));
            topics.add(new Topic(
                    topics.size(),
                    name(keyPhrases, words),
                    language.code(),
                    docs.size(),
                    docs.size() / (double) labels.length,
                    mean(sentiment, docs),
                    keyPhrases,
                    words,
                    nearest(texts, vectors, docs, centroids[c]),
                    List.copyOf(docs)));
        }
        return topics;
    }

    /**
     * Re-ranks a cluster's RAKE phrases by documents × log lift over the corpus, so a phrase every cluster shares
     * (boilerplate) does not name them all; phrases the cluster does not over-use are dropped. Keeps five.
     */
    static List<Keyword> distinctive(
            List<Keyword> phrases, java.util.Map<String, Integer> corpusDocs, int size, int n) {
        List<Keyword> out = new ArrayList<>();
        for (Keyword k : phrases) {
            int everywhere = corpusDocs.getOrDefault(k.text(), k.documents());
            double rateIn = k.documents() / (double) size;
            double rateOut = (everywhere - k.documents() + 0.5) / (n - size + 1.0);
            double lift = Math.log(rateIn / rateOut);
            if (lift > 0 || size == n) {
                out.add(new Keyword(k.text(), size == n ? k.score() : k.documents() * lift, k.documents()));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Keyword::score).reversed().thenComparing(Keyword::text));
        return out.subList(0, Math.min(5, out.size()));
    }

    static String name(List<Keyword> keyPhrases, List<Keyword> words) {
        List<String> parts = new ArrayList<>();
        for (Keyword k : keyPhrases) {
            if (parts.size() < 2) {
                parts.add(k.text());
            }
        }
        for (Keyword w : words) {
            if (parts.size() >= NAME_PARTS) {
                break;
            }
            if (parts.stream().noneMatch(p -> p.contains(w.text()))) {
                parts.add(w.text());
            }
        }
        return parts.isEmpty() ? "(no shared words)" : String.join(" · ", parts);
    }

    private static OptionalDouble mean(double[] sentiment, List<Integer> docs) {
        return docs.stream()
                .mapToDouble(d -> sentiment[d])
                .filter(v -> !Double.isNaN(v))
                .average();
    }

    private static List<String> nearest(List<String> texts, double[][] vectors, List<Integer> docs, double[] centre) {
        return docs.stream()
                .sorted((a, b) -> {
                    int byDistance = Double.compare(distance(vectors[a], centre), distance(vectors[b], centre));
                    return byDistance != 0 ? byDistance : Integer.compare(a, b);
                })
                .map(texts::get)
                .distinct()
                .limit(EXAMPLES)
                .toList();
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            s += d * d;
        }
        return s;
    }
}
