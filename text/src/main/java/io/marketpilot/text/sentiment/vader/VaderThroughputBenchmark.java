package io.marketpilot.text.sentiment.vader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures single-threaded VADER throughput in sentences per second; {@code main} takes an optional
 * file with one sentence per line and otherwise scores a seeded synthetic corpus.
 */
public final class VaderThroughputBenchmark {
    /** Rounds shorter than this are dominated by timer noise, so small corpora are repeated. */
    static final int MIN_SENTENCES_PER_ROUND = 100_000;

    private static final int DEFAULT_WARMUP_ROUNDS = 5;
    private static final int DEFAULT_MEASURED_ROUNDS = 10;
    private static final int SYNTHETIC_SENTENCES = 20_000;
    private static final long SYNTHETIC_SEED = 20_140_601L;

    private VaderThroughputBenchmark() {}

    /**
     * The throughput of one benchmark run.
     *
     * @param checksum sum of all compound scores, reported so the work cannot be optimised away
     */
    public record Result(
            int sentencesPerRound,
            int measuredRounds,
            double bestPerSecond,
            double medianPerSecond,
            double worstPerSecond,
            double checksum) {

        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "VADER throughput (1 thread): best %,.0f sentences/s, median %,.0f, worst %,.0f"
                            + " (%d rounds of %,d sentences)",
                    bestPerSecond,
                    medianPerSecond,
                    worstPerSecond,
                    measuredRounds,
                    sentencesPerRound);
        }
    }

    /** Benchmarks the bundled lexicon; each round scores every sentence once. */
    public static Result run(List<String> sentences, int warmupRounds, int measuredRounds) {
        return run(VaderAnalyzer.withBundledLexicon(), sentences, warmupRounds, measuredRounds);
    }

    public static Result run(VaderAnalyzer analyzer, List<String> sentences, int warmupRounds, int measuredRounds) {
        if (sentences.isEmpty() || measuredRounds < 1 || warmupRounds < 0) {
            throw new IllegalArgumentException("need sentences, at least one measured round and no negative warm-up");
        }
        String[] corpus = sentences.toArray(String[]::new);
        double checksum = 0;
        for (int r = 0; r < warmupRounds; r++) {
            checksum += scoreAll(analyzer, corpus);
        }
        double[] perSecond = new double[measuredRounds];
        for (int r = 0; r < measuredRounds; r++) {
            long start = System.nanoTime();
            checksum += scoreAll(analyzer, corpus);
            long elapsed = Math.max(1, System.nanoTime() - start);
            perSecond[r] = corpus.length * 1e9 / elapsed;
        }
        Arrays.sort(perSecond);
        return new Result(
                corpus.length,
                measuredRounds,
                perSecond[measuredRounds - 1],
                perSecond[measuredRounds / 2],
                perSecond[0],
                checksum);
    }

    /** Usage: {@code VaderThroughputBenchmark [sentences.txt [warmupRounds [measuredRounds]]]}. */
    public static void main(String[] args) throws IOException {
        List<String> sentences = args.length > 0 ? readLines(Path.of(args[0])) : syntheticCorpus();
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_WARMUP_ROUNDS;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_MEASURED_ROUNDS;
        if (sentences.isEmpty()) {
            System.err.println("no sentences in " + args[0]);
            System.exit(2);
        }
        Result result = run(repeatToRoundSize(sentences), warmup, measured);
        System.out.println(result.summary());
    }

    static List<String> repeatToRoundSize(List<String> sentences) {
        List<String> round = new ArrayList<>(Math.max(sentences.size(), MIN_SENTENCES_PER_ROUND));
        while (round.size() < MIN_SENTENCES_PER_ROUND) {
            round.addAll(sentences);
        }
        return round;
    }

    private static double scoreAll(VaderAnalyzer analyzer, String[] corpus) {
        double sum = 0;
        for (String sentence : corpus) {
            sum += analyzer.polarityScores(sentence).compound();
        }
        return sum;
    }

    private static List<String> readLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
    }

    /** Review-like sentences of 5 to 30 words mixing lexicon words, boosters, negations and punctuation. */
    static List<String> syntheticCorpus() {
        String[] filler = ("the a this it was is product service staff delivery price and to of for my i we they"
                        + " with on in at but that really very not never no kind so just "
                        + "phone app order day time customer support")
                .split(" ");
        String[] opinion = ("good great love excellent amazing happy nice best awesome fun helpful "
                        + "bad terrible hate awful worst poor disappointed broken slow angry sad annoying "
                        + ":) :( lol wtf")
                .split(" ");
        SplittableRandom random = new SplittableRandom(SYNTHETIC_SEED);
        List<String> sentences = new ArrayList<>(SYNTHETIC_SENTENCES);
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < SYNTHETIC_SENTENCES; s++) {
            b.setLength(0);
            int words = 5 + random.nextInt(26);
            for (int w = 0; w < words; w++) {
                String word = random.nextInt(5) == 0
                        ? opinion[random.nextInt(opinion.length)]
                        : filler[random.nextInt(filler.length)];
                if (random.nextInt(20) == 0) {
                    word = word.toUpperCase(Locale.ROOT);
                }
                b.append(w == 0 ? "" : " ").append(word);
                if (random.nextInt(12) == 0) {
                    b.append(',');
                }
            }
            b.append(random.nextInt(6) == 0 ? "!!" : random.nextInt(8) == 0 ? "?" : ".");
            sentences.add(b.toString());
        }
        return sentences;
    }
}
