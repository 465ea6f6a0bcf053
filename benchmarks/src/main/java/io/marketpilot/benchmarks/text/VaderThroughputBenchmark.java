package io.marketpilot.benchmarks.text;

import io.marketpilot.text.sentiment.vader.VaderAnalyzer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-threaded VADER throughput: one operation scores one sentence, taken in turn from the corpus, so the score
 * is sentences per second. {@code -p corpus=FILE} scores a file with one sentence per line (docs/benchmarks.md uses
 * the 23,703 ground-truth sentences) instead of the seeded synthetic corpus.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VaderThroughputBenchmark {
    @Param(SentenceCorpus.SYNTHETIC)
    String corpus = SentenceCorpus.SYNTHETIC;

    private final VaderAnalyzer analyzer = VaderAnalyzer.withBundledLexicon();
    private String[] sentences = new String[0];
    private int next;

    @Setup
    public void load() {
        sentences = SentenceCorpus.load(corpus);
        next = 0;
    }

    /** The compound score, returned so that JMH consumes it and the JIT cannot drop the work. */
    @Benchmark
    public double scoreOneSentence() {
        String sentence = sentences[next];
        next = next + 1 == sentences.length ? 0 : next + 1;
        return analyzer.polarityScores(sentence).compound();
    }
}
