package io.marketpilot.text.sentiment.learned;

import io.marketpilot.text.embedding.OnnxTextEmbedder;
import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.eval.ClassificationReport;
import io.marketpilot.text.sentiment.vader.VaderAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trains the English and Chinese sentiment heads and writes them with EVALUATION.md and PROVENANCE.md ({@code
 * bin/marketpilot train sentiment}).
 *
 * <p>Each data set is split on its own: a stratified, seeded 20% test split ({@link StratifiedSplit}), the rest
 * for training; the heads never see the test rows, and nothing is tuned on them.
 */
public final class TrainSentiment {
    public static final String HEAD_FILE_EN = "sentiment-en.head.tsv";
    public static final String HEAD_FILE_ZH = "sentiment-zh.head.tsv";
    public static final long DEFAULT_SEED = 42;
    public static final double TEST_SHARE = 0.2;
    /** Chosen once, a priori (≈ scikit-learn's C = 1/(n·l2) ≈ 6 at these sizes), not tuned on the test split. */
    public static final LogisticRegression TRAINER = new LogisticRegression(1e-4, 500, 1e-6);

    static final int BATCH = 32;

    private TrainSentiment() {}

    /** What training on one data set produced. */
    record Run(
            String dataset,
            String source,
            TextEmbedder embedder,
            StratifiedSplit split,
            LogisticHead head,
            ClassificationReport learned,
            Optional<ClassificationReport> vader,
            double embeddingsPerSecond) {}

    /**
     * Trains both heads on their data sets and writes them, with EVALUATION.md and PROVENANCE.md, into {@code out};
     * {@code command} is recorded in EVALUATION.md as the way to reproduce them.
     */
    public static void trainAndWrite(Path en, Path zh, Path out, long seed, String command) {
        List<Run> runs = new ArrayList<>();
        runs.add(train(
                "reviews-en (UCI amazon + imdb)",
                en.toString(),
                ReviewDatasets.readUciSentences(en),
                OnnxTextEmbedder.bgeSmallEnglish(),
                seed,
                true,
                out.resolve(HEAD_FILE_EN)));
        runs.add(train(
                "reviews-zh (ChnSentiCorp htl)",
                zh.toString(),
                ReviewDatasets.readChnSentiCorp(zh),
                OnnxTextEmbedder.bgeSmallChinese(),
                seed,
                false,
                out.resolve(HEAD_FILE_ZH)));
        EvaluationWriter.write(out, runs, command, seed);
    }

    static Run train(
            String dataset,
            String source,
            List<LabelledText> rows,
            TextEmbedder embedder,
            long seed,
            boolean compareVader,
            Path headFile) {
        StratifiedSplit split = StratifiedSplit.of(rows, TEST_SHARE, seed);
        long start = System.nanoTime();
        double[][] trainX = embed(embedder, split.train(), dataset + " train");
        double[][] testX = embed(embedder, split.test(), dataset + " test");
        double perSecond = rows.size() / ((System.nanoTime() - start) / 1e9);
        List<String> labels = List.of(LabelledText.NEGATIVE, LabelledText.POSITIVE);
        int[] y = split.train().stream()
                .mapToInt(row -> labels.indexOf(row.label()))
                .toArray();
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("model", embedder.model() + "+logreg/1");
        provenance.put("embedding.model", embedder.model());
        provenance.put("embedding.dimension", Integer.toString(embedder.dimension()));
        provenance.put("data", dataset);
        provenance.put("data.source", Path.of(source).getFileName().toString());
        provenance.put("split", "stratified by label, test share " + TEST_SHARE + ", java.util.Random seed " + seed);
        provenance.put("split.train", Integer.toString(split.train().size()));
        provenance.put("split.test", Integer.toString(split.test().size()));
        provenance.put("train.maxIterations", Integer.toString(TRAINER.maxIterations()));
        provenance.put("train.tolerance", Double.toString(TRAINER.tolerance()));
        LogisticHead head = TRAINER.fit(trainX, y, labels, provenance);
        LogisticHeadFile.write(head, headFile);

        List<String> gold = split.test().stream().map(LabelledText::label).toList();
        List<String> predicted = new ArrayList<>();
        for (double[] x : testX) {
            predicted.add(head.predict(x));
        }
        Optional<ClassificationReport> vader = Optional.empty();
        if (compareVader) {
            VaderAnalyzer analyzer = VaderAnalyzer.withBundledLexicon();
            vader = Optional.of(ClassificationReport.of(
                    gold,
                    split.test().stream()
                            .map(row -> analyzer.polarityScores(row.text()).compound() >= 0
                                    ? LabelledText.POSITIVE
                                    : LabelledText.NEGATIVE)
                            .toList()));
        }
        Run run = new Run(
                dataset, source, embedder, split, head, ClassificationReport.of(gold, predicted), vader, perSecond);
        System.out.printf(
                "dataset=\"%s\" train=%d test=%d accuracy=%.4f macroF1=%.4f embeddings_per_s=%.1f iterations=%s%n",
                dataset,
                split.train().size(),
                split.test().size(),
                run.learned().accuracy(),
                run.learned().macroF1(),
                perSecond,
                head.provenance().get("train.iterations"));
        return run;
    }

    /** Embeds the rows in batches, printing progress now and then; the matrix rows follow {@code rows}. */
    public static double[][] embed(TextEmbedder embedder, List<LabelledText> rows, String what) {
        double[][] x = new double[rows.size()][];
        for (int from = 0; from < rows.size(); from += BATCH) {
            int to = Math.min(rows.size(), from + BATCH);
            List<float[]> vectors = embedder.embedAll(
                    rows.subList(from, to).stream().map(LabelledText::text).toList());
            for (int i = 0; i < vectors.size(); i++) {
                float[] v = vectors.get(i);
                double[] d = new double[v.length];
                for (int k = 0; k < v.length; k++) {
                    d[k] = v[k];
                }
                x[from + i] = d;
            }
            if ((from / BATCH) % 20 == 0) {
                System.out.printf("embedding %s %d/%d%n", what, to, rows.size());
            }
        }
        return x;
    }
}
