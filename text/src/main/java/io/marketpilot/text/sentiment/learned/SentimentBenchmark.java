package io.marketpilot.text.sentiment.learned;

import io.marketpilot.text.embedding.OnnxTextEmbedder;
import io.marketpilot.text.embedding.TextEmbedder;
import io.marketpilot.text.eval.ClassificationReport;
import io.marketpilot.text.sentiment.vader.VaderAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The figures of docs/benchmarks.md for sentiment: learned head vs VADER on the held-out rows of each English data
 * set separately (the training split is rebuilt with the shipped seed, then its test rows are told apart by the file
 * they came from), the Chinese held-out rows, and throughput of both models.
 *
 * <pre>
 * SentimentBenchmark --en DIR_WITH_UCI_FILES --zh CHNSENTICORP_CSV
 * </pre>
 */
public final class SentimentBenchmark {
    private SentimentBenchmark() {}

    public static void main(String[] args) {
        Path en = Path.of(args[1]);
        Path zh = Path.of(args[3]);
        StratifiedSplit split = StratifiedSplit.of(
                ReviewDatasets.readUciSentences(en), TrainSentiment.TEST_SHARE, TrainSentiment.DEFAULT_SEED);
        EmbeddingSentimentService.Scorer english = new EmbeddingSentimentService.Scorer(
                OnnxTextEmbedder.bgeSmallEnglish(),
                LogisticHeadFile.readResource(EmbeddingSentimentService.RESOURCE_DIR + TrainSentiment.HEAD_FILE_EN));
        VaderAnalyzer vader = VaderAnalyzer.withBundledLexicon();
        Set<String> trainTexts = new HashSet<>();
        split.train().forEach(r -> trainTexts.add(r.text()));
        System.out.println("| data set | model | held-out rows | accuracy | macro-F1 |");
        System.out.println("|---|---|---:|---:|---:|");
        for (String file : ReviewDatasets.UCI_FILES) {
            Set<String> inFile = new HashSet<>();
            List<LabelledText> fileRows = readOne(en, file);
            fileRows.forEach(r -> inFile.add(r.text()));
            List<LabelledText> test = split.test().stream()
                    .filter(r -> inFile.contains(r.text()) && !trainTexts.contains(r.text()))
                    .toList();
            report(file, english, vader, test);
        }
        EmbeddingSentimentService.Scorer chinese = new EmbeddingSentimentService.Scorer(
                OnnxTextEmbedder.bgeSmallChinese(),
                LogisticHeadFile.readResource(EmbeddingSentimentService.RESOURCE_DIR + TrainSentiment.HEAD_FILE_ZH));
        StratifiedSplit zhSplit = StratifiedSplit.of(
                ReviewDatasets.readChnSentiCorp(zh), TrainSentiment.TEST_SHARE, TrainSentiment.DEFAULT_SEED);
        report("chnsenticorp_htl.csv", chinese, null, zhSplit.test());

        List<String> sentences = split.test().stream().map(LabelledText::text).toList();
        throughput("vader-3.3.2 (1 thread)", sentences, s -> vader.polarityScores(s));
        throughput(english.model() + " (batches of 32, 2 cores)", sentences, english.embedder());
        List<String> zhSentences =
                zhSplit.test().stream().map(LabelledText::text).limit(400).toList();
        throughput(chinese.model() + " (batches of 32, 2 cores)", zhSentences, chinese.embedder());
    }

    private static List<LabelledText> readOne(Path dir, String file) {
        Path tmp = dir.resolve(file);
        List<LabelledText> rows = new ArrayList<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(tmp)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    rows.add(new LabelledText(
                            line.substring(0, tab).strip(),
                            line.substring(tab + 1).strip()));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private static void report(
            String dataset, EmbeddingSentimentService.Scorer scorer, VaderAnalyzer vader, List<LabelledText> test) {
        List<String> gold = test.stream().map(LabelledText::label).toList();
        double[][] x = TrainSentiment.embed(scorer.embedder(), test, dataset);
        List<String> learned = new ArrayList<>();
        for (double[] v : x) {
            learned.add(scorer.head().predict(v));
        }
        print(dataset, scorer.model(), ClassificationReport.of(gold, learned));
        if (vader != null) {
            List<String> v = test.stream()
                    .map(r -> vader.polarityScores(r.text()).compound() >= 0
                            ? LabelledText.POSITIVE
                            : LabelledText.NEGATIVE)
                    .toList();
            print(dataset, "vader-3.3.2 (compound >= 0 -> positive)", ClassificationReport.of(gold, v));
        }
    }

    private static void print(String dataset, String model, ClassificationReport r) {
        System.out.printf(
                Locale.ROOT, "| %s | %s | %d | %.4f | %.4f |%n", dataset, model, r.n(), r.accuracy(), r.macroF1());
    }

    private static void throughput(String what, List<String> texts, java.util.function.Consumer<String> one) {
        for (int warm = 0; warm < 3; warm++) {
            texts.forEach(one);
        }
        long start = System.nanoTime();
        int n = 0;
        while (System.nanoTime() - start < 5_000_000_000L) {
            texts.forEach(one);
            n += texts.size();
        }
        System.out.printf(
                Locale.ROOT, "throughput %s: %.0f sentences/s%n", what, n / ((System.nanoTime() - start) / 1e9));
    }

    private static void throughput(String what, List<String> texts, TextEmbedder embedder) {
        embedder.embedAll(texts.subList(0, Math.min(64, texts.size())));
        long start = System.nanoTime();
        for (int from = 0; from < texts.size(); from += 32) {
            embedder.embedAll(texts.subList(from, Math.min(texts.size(), from + 32)));
        }
        System.out.printf(
                Locale.ROOT,
                "throughput %s: %.1f sentences/s over %d texts%n",
                what,
                texts.size() / ((System.nanoTime() - start) / 1e9),
                texts.size());
    }
}
