package io.marketpilot.benchmarks.text;

import io.marketpilot.text.language.Language;
import io.marketpilot.text.sentiment.learned.EmbeddingSentimentService;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the learned sentiment model (bge-small embeddings + the shipped logistic head) the way imports run
 * it: batches of {@value #BATCH} texts embedded together (the ONNX runtime uses every core), then each vector
 * scored. The score is sentences per second. {@code -p language=zh -p corpus=FILE} measures the Chinese model on a
 * file of Chinese sentences; the default is the English model on the seeded synthetic reviews.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class LearnedSentimentThroughputBenchmark {
    static final int BATCH = 32;

    @Param({"en"})
    String language = "en";

    @Param(SentenceCorpus.SYNTHETIC)
    String corpus = SentenceCorpus.SYNTHETIC;

    private final EmbeddingSentimentService service = EmbeddingSentimentService.bundled();
    private Language modelLanguage = Language.ENGLISH;
    private String[] sentences = new String[0];
    private int next;

    @Setup
    public void load() {
        modelLanguage = switch (language) {
            case "en" -> Language.ENGLISH;
            case "zh" -> Language.CHINESE;
            default -> throw new IllegalArgumentException("language is en or zh, not " + language);
        };
        sentences = SentenceCorpus.load(corpus);
        if (sentences.length < BATCH) {
            // a short batch would still count as BATCH operations
            throw new IllegalArgumentException("the corpus needs at least " + BATCH + " sentences");
        }
        next = 0;
    }

    /** The sum of the batch's scores, returned so that JMH consumes it. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double scoreOneBatch() {
        List<String> batch = nextBatch();
        EmbeddingSentimentService.Scorer scorer = service.scorerFor(modelLanguage);
        double sum = 0;
        for (float[] vector : scorer.embedder().embedAll(batch)) {
            sum += service.scoreVector(modelLanguage, vector).score();
        }
        return sum;
    }

    private List<String> nextBatch() {
        if (next + BATCH > sentences.length) {
            next = 0;
        }
        int from = next;
        next += BATCH;
        return Arrays.asList(sentences).subList(from, from + BATCH);
    }
}
