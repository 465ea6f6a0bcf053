package io.marketpilot.benchmarks.eval;

import io.marketpilot.benchmarks.MainRunner;
import io.marketpilot.benchmarks.NamedOptions;
import io.marketpilot.text.embedding.OnnxTextEmbedder;
import io.marketpilot.text.eval.ClassificationReport;
import io.marketpilot.text.sentiment.learned.EmbeddingSentimentService;
import io.marketpilot.text.sentiment.learned.LabelledText;
import io.marketpilot.text.sentiment.learned.LogisticHeadFile;
import io.marketpilot.text.sentiment.learned.ReviewDatasets;
import io.marketpilot.text.sentiment.learned.StratifiedSplit;
import io.marketpilot.text.sentiment.learned.TrainSentiment;
import io.marketpilot.text.sentiment.vader.VaderAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The accuracy figures of docs/benchmarks.md for sentiment: the shipped learned heads against VADER on the held-out
 * rows of each English data set separately (the training split is rebuilt with the shipped seed, then its test rows
 * are told apart by the file they came from, dropping sentences that also occur in the training split), and the
 * Chinese held-out rows. Throughput is measured by the JMH benchmarks.
 */
public final class SentimentHoldoutMain {
    static final String USAGE = "usage: SentimentHoldoutMain --en DIR_WITH_UCI_FILES --zh CHNSENTICORP_CSV";

    private SentimentHoldoutMain() {}

    public static void main(String[] args) {
        MainRunner.run(args, USAGE, true, SentimentHoldoutMain::run);
    }

    static String run(String[] args) {
        NamedOptions options = NamedOptions.parse(args, Set.of("--en", "--zh"), USAGE);
        Path en = Path.of(options.required("--en"));
        Path zh = Path.of(options.required("--zh"));
        StringBuilder out = new StringBuilder("| data set | model | held-out rows | accuracy | macro-F1 |\n");
        out.append("|---|---|---:|---:|---:|\n");
        StratifiedSplit split = StratifiedSplit.of(
                ReviewDatasets.readUciSentences(en), TrainSentiment.TEST_SHARE, TrainSentiment.DEFAULT_SEED);
        EmbeddingSentimentService.Scorer english =
                scorer(OnnxTextEmbedder.bgeSmallEnglish(), TrainSentiment.HEAD_FILE_EN);
        VaderAnalyzer vader = VaderAnalyzer.withBundledLexicon();
        Set<String> trainTexts = new HashSet<>();
        split.train().forEach(r -> trainTexts.add(r.text()));
        for (String file : ReviewDatasets.UCI_FILES) {
            Set<String> inFile = new HashSet<>();
            readUciFile(en.resolve(file)).forEach(r -> inFile.add(r.text()));
            List<LabelledText> test = split.test().stream()
                    .filter(r -> inFile.contains(r.text()) && !trainTexts.contains(r.text()))
                    .toList();
            report(out, file, english, Optional.of(vader), test);
        }
        StratifiedSplit zhSplit = StratifiedSplit.of(
                ReviewDatasets.readChnSentiCorp(zh), TrainSentiment.TEST_SHARE, TrainSentiment.DEFAULT_SEED);
        report(
                out,
                zh.getFileName().toString(),
                scorer(OnnxTextEmbedder.bgeSmallChinese(), TrainSentiment.HEAD_FILE_ZH),
                Optional.empty(),
                zhSplit.test());
        return out.toString();
    }

    private static EmbeddingSentimentService.Scorer scorer(OnnxTextEmbedder embedder, String headFile) {
        return new EmbeddingSentimentService.Scorer(
                embedder, LogisticHeadFile.readResource(EmbeddingSentimentService.RESOURCE_DIR + headFile));
    }

    // one UCI file alone: sentence TAB label per line
    private static List<LabelledText> readUciFile(Path file) {
        List<LabelledText> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    rows.add(new LabelledText(
                            line.substring(0, tab).strip(),
                            line.substring(tab + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }

    private static void report(
            StringBuilder out,
            String dataset,
            EmbeddingSentimentService.Scorer scorer,
            Optional<VaderAnalyzer> vader,
            List<LabelledText> test) {
        List<String> gold = test.stream().map(LabelledText::label).toList();
        List<String> learned = new ArrayList<>();
        for (double[] v : TrainSentiment.embed(scorer.embedder(), test, dataset)) {
            learned.add(scorer.head().predict(v));
        }
        row(out, dataset, scorer.model(), ClassificationReport.of(gold, learned));
        vader.ifPresent(analyzer -> {
            List<String> labels = test.stream()
                    .map(r -> analyzer.polarityScores(r.text()).compound() >= 0
                            ? LabelledText.POSITIVE
                            : LabelledText.NEGATIVE)
                    .toList();
            row(out, dataset, "vader-3.3.2 (compound >= 0 -> positive)", ClassificationReport.of(gold, labels));
        });
    }

    private static void row(StringBuilder out, String dataset, String model, ClassificationReport r) {
        out.append(String.format(
                Locale.ROOT, "| %s | %s | %d | %.4f | %.4f |%n", dataset, model, r.n(), r.accuracy(), r.macroF1()));
    }
}
