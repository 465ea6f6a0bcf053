package io.marketpilot.text.classify;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.eval.ClassificationReport;
import io.marketpilot.text.language.Language;
import io.marketpilot.text.sentiment.learned.LogisticHead;
import io.marketpilot.text.sentiment.learned.SparseRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Trains a {@link TextClassifier} on a user's labelled examples: n-gram (and embedding) features, a class-weighted
 * softmax whose L2 penalty k-fold cross-validation picks from the grid, a temperature fitted on the out-of-fold
 * logits, and a report of out-of-fold figures. Fits of different folds run in parallel; each fit is sequential
 * and starts from zero, so the result does not depend on the thread count.
 */
public final class ClassifierTrainer {
    /** L-BFGS budget per fit: enough for the penalised problem to settle (the loss changes < 1e-6 by then). */
    static final int MAX_ITERATIONS = 250;

    static final double TOLERANCE = 1e-5;
    private static final int EMBED_BATCH = 256;
    static final double[] CURVE_SHARES = {0.25, 0.5};

    private final BilingualEmbedder embedders;

    public ClassifierTrainer(BilingualEmbedder embedders) {
        this.embedders = Objects.requireNonNull(embedders, "embedders");
    }

    /** Trains on {@code examples}; {@code progress} hears one line per step (embedding, each fit). */
    public TrainingResult train(
            String name, List<LabelledExample> examples, ClassifierSettings settings, Consumer<String> progress) {
        long start = System.nanoTime();
        List<String> labels = validate(name, examples, settings);
        Language language = majorityLanguage(examples);
        int[] y = examples.stream().mapToInt(e -> labels.indexOf(e.label())).toArray();
        List<String> texts = examples.stream().map(LabelledExample::text).toList();
        @Nullable
        TextEmbedder embedder =
                settings.embeddings() == ClassifierSettings.Embeddings.NEVER ? null : embedders.forLanguage(language);
        List<float @Nullable []> vectors = embed(embedder, texts, progress);
        NgramHasher hasher = new NgramHasher(language, settings.hashBits());
        List<SortedMap<Integer, Integer>> counts =
                texts.stream().map(hasher::counts).toList();
        int minDocuments = examples.size() >= 1_000 ? 2 : 1; // a bucket seen once in a big set is mostly noise
        int[] fold = CrossValidation.folds(y, labels.size(), settings.folds(), settings.seed());
        Map<String, Double> cv = new LinkedHashMap<>();
        // the words alone first: with embeddings allowed, the embedding block must earn its place out of fold (on
        // dair-ai emotion the words decide and the block costs a point; on GoEmotions it adds two)
        @Nullable
        Candidate chosen = settings.embeddings() == ClassifierSettings.Embeddings.ALWAYS
                ? null
                : search(
                        FeatureSpace.fit(counts, hasher.blockSize(), minDocuments, 0),
                        null,
                        counts,
                        y,
                        labels,
                        fold,
                        settings,
                        cv,
                        progress);
        if (embedder != null) {
            Candidate withEmbedding = search(
                    FeatureSpace.fit(counts, hasher.blockSize(), minDocuments, embedder.dimension()),
                    embedder,
                    counts,
                    vectors,
                    y,
                    labels,
                    fold,
                    settings,
                    cv,
                    progress);
            // a tie keeps the embedding: it reads paraphrases whose words the examples never held
            if (chosen == null || withEmbedding.f1() >= chosen.f1()) {
                chosen = withEmbedding;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no feature set was searched"); // ALWAYS without an embedder cannot happen
        }
        FeatureSpace space = chosen.space();
        FoldSearch search = chosen.search();
        double bestL2 = chosen.l2();
        double[][] bestLogits = chosen.logits();
        embedder = chosen.embedder();
        double temperature = Calibration.temperature(bestLogits, y);
        ClassificationReport oof = report(bestLogits, y, labels);
        FoldSearch.Final last = search.learningCurveAndFinalFit(bestL2);
        TextClassifier classifier = new TextClassifier(
                new TextClassifier.Parts(
                        name,
                        language,
                        labels,
                        settings.hashBits(),
                        space,
                        stored(last.head()),
                        last.head().bias(),
                        temperature,
                        facts(examples.size(), features(embedder), bestL2, oof, settings)),
                embedder);
        List<LearningPoint> curve = new ArrayList<>(last.curve());
        curve.add(new LearningPoint(meanTrainRows(fold, settings.folds()), oof.macroF1()));
        TrainingReport report = new TrainingReport(
                name,
                language.code(),
                examples.size(),
                labelCounts(examples, labels),
                features(embedder),
                bestL2,
                cv,
                oof.accuracy(),
                oof.macroF1(),
                oof.perClass(),
                oof.confusion(),
                curve,
                temperature,
                (System.nanoTime() - start) / 1e9);
        return new TrainingResult(classifier, report);
    }

    /** One feature set's best setting: its space and fits, the L2 chosen, and that L2's out-of-fold logits. */
    private record Candidate(
            FeatureSpace space,
            @Nullable TextEmbedder embedder,
            FoldSearch search,
            double l2,
            double f1,
            double[][] logits) {}

    private static Candidate search(
            FeatureSpace space,
            @Nullable TextEmbedder embedder,
            List<SortedMap<Integer, Integer>> counts,
            int[] y,
            List<String> labels,
            int[] fold,
            ClassifierSettings settings,
            Map<String, Double> cv,
            Consumer<String> progress) {
        List<float @Nullable []> none = new ArrayList<>();
        counts.forEach(c -> none.add(null));
        return search(space, embedder, counts, none, y, labels, fold, settings, cv, progress);
    }

    /** Cross-validates every L2 of the grid on one feature set; ties go to the stronger penalty. */
    private static Candidate search(
            FeatureSpace space,
            @Nullable TextEmbedder embedder,
            List<SortedMap<Integer, Integer>> counts,
            List<float @Nullable []> vectors,
            int[] y,
            List<String> labels,
            int[] fold,
            ClassifierSettings settings,
            Map<String, Double> cv,
            Consumer<String> progress) {
        String features = features(embedder);
        progress.accept(String.format(
                Locale.ROOT,
                "%s: %d examples, %d features (%d n-gram buckets seen)",
                features,
                y.length,
                space.dimension(),
                space.ngramFeatures()));
        FoldSearch search = new FoldSearch(rows(space, counts, vectors), y, labels, fold, settings, progress);
        List<double[][]> outOfFold = search.outOfFoldForGrid();
        double bestL2 = settings.l2Grid().get(0);
        double bestF1 = Double.NEGATIVE_INFINITY;
        double[][] bestLogits = new double[0][];
        for (int g = 0; g < settings.l2Grid().size(); g++) {
            double l2 = settings.l2Grid().get(g);
            double f1 = report(outOfFold.get(g), y, labels).macroF1();
            cv.put(features + " l2=" + l2, f1);
            progress.accept(String.format(Locale.ROOT, "%s l2 %s: out-of-fold macro-F1 %.4f", features, l2, f1));
            if (f1 > bestF1 || (f1 == bestF1 && l2 > bestL2)) {
                bestF1 = f1;
                bestL2 = l2;
                bestLogits = outOfFold.get(g);
            }
        }
        return new Candidate(space, embedder, search, bestL2, bestF1, bestLogits);
    }

    /**
     * Checks examples and settings as training will, without training: a door that queues a training answers a bad
     * request at once instead of leaving the error to a background job.
     */
    public static void validate(List<LabelledExample> examples, ClassifierSettings settings) {
        var unused = validate("check", examples, settings);
    }

    private static List<String> validate(String name, List<LabelledExample> examples, ClassifierSettings settings) {
        if (name == null || name.isBlank()) {
            throw MarketPilotException.invalid("a classifier needs a non-blank name");
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (LabelledExample e : examples) {
            if (e == null) {
                throw MarketPilotException.invalid("the examples contain a missing entry");
            }
            counts.merge(e.label(), 1, Integer::sum);
        }
        if (counts.size() < 2) {
            throw MarketPilotException.invalid("a classifier needs examples of at least two labels, got "
                    + (counts.isEmpty()
                            ? "none"
                            : "only '" + counts.keySet().iterator().next() + "'"));
        }
        counts.forEach((label, count) -> {
            if (count < settings.folds()) {
                throw MarketPilotException.invalid("label '" + label + "' has " + count + " example"
                        + (count == 1 ? "" : "s") + "; " + settings.folds()
                        + "-fold cross-validation needs at least " + settings.folds() + " per label");
            }
        });
        return List.copyOf(counts.keySet());
    }

    /** Chinese when most examples are Chinese, English otherwise (ties and undetermined text count as English). */
    private Language majorityLanguage(List<LabelledExample> examples) {
        long chinese = examples.stream()
                .filter(e -> embedders.spaceOf(e.text()) == Language.CHINESE)
                .count();
        return chinese * 2 > examples.size() ? Language.CHINESE : Language.ENGLISH;
    }

    private static List<float @Nullable []> embed(
            @Nullable TextEmbedder embedder, List<String> texts, Consumer<String> progress) {
        List<float @Nullable []> out = new ArrayList<>(texts.size());
        if (embedder == null) {
            texts.forEach(t -> out.add(null));
            return out;
        }
        for (int from = 0; from < texts.size(); from += EMBED_BATCH) {
            int to = Math.min(texts.size(), from + EMBED_BATCH);
            out.addAll(embedder.embedAll(texts.subList(from, to)));
            progress.accept("embedded " + to + "/" + texts.size() + " with " + embedder.model());
        }
        return out;
    }

    private static SparseRows rows(
            FeatureSpace space, List<SortedMap<Integer, Integer>> counts, List<float @Nullable []> vectors) {
        int[][] indices = new int[counts.size()][];
        double[][] values = new double[counts.size()][];
        for (int i = 0; i < counts.size(); i++) {
            FeatureSpace.Row row = space.row(counts.get(i), vectors.get(i));
            indices[i] = row.indices();
            values[i] = row.values();
        }
        return new SparseRows(indices, values, space.dimension());
    }

    static ClassificationReport report(double[][] logits, int[] y, List<String> labels) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            gold.add(labels.get(y[i]));
            predicted.add(labels.get(argmax(logits[i])));
        }
        return ClassificationReport.of(gold, predicted);
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The weights rounded as the model file stores them, so the trained and the re-read model agree exactly. */
    private static float[][] stored(LogisticHead head) {
        double[][] w = head.weights();
        float[][] out = new float[w.length][];
        for (int c = 0; c < w.length; c++) {
            out[c] = new float[w[c].length];
            for (int d = 0; d < w[c].length; d++) {
                out[c][d] = ClassifierCodec.toStored(w[c][d]);
            }
        }
        return out;
    }

    private static String features(@Nullable TextEmbedder embedder) {
        return embedder == null ? "ngrams" : "ngrams+" + embedder.model();
    }

    private static Map<String, String> facts(
            int examples, String features, double l2, ClassificationReport oof, ClassifierSettings s) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("train.examples", Integer.toString(examples));
        facts.put("train.features", features);
        facts.put("train.l2", Double.toString(l2));
        facts.put("train.folds", Integer.toString(s.folds()));
        facts.put("train.seed", Long.toString(s.seed()));
        facts.put("train.hashBits", Integer.toString(s.hashBits()));
        facts.put("oof.accuracy", String.format(Locale.ROOT, "%.4f", oof.accuracy()));
        facts.put("oof.macroF1", String.format(Locale.ROOT, "%.4f", oof.macroF1()));
        return facts;
    }

    private static Map<String, Integer> labelCounts(List<LabelledExample> examples, List<String> labels) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        labels.forEach(label -> counts.put(label, 0));
        examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
        return counts;
    }

    private static int meanTrainRows(int[] fold, int folds) {
        return (int) Math.round(fold.length * (folds - 1) / (double) folds);
    }

    static double[] logits(LogisticHead head, SparseRows rows, int row) {
        double[] z = new double[head.labels().size()];
        int[] at = rows.indices(row);
        double[] v = rows.values(row);
        for (int c = 0; c < z.length; c++) {
            double sum = head.bias()[c];
            double[] w = head.weights()[c];
            for (int k = 0; k < at.length; k++) {
                sum += w[at[k]] * v[k];
            }
            z[c] = sum;
        }
        return z;
    }
}
