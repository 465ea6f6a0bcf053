package io.marketpilot.benchmarks.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.text.sentiment.vader.VaderAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

class VaderThroughputBenchmarkTest {

    @Test
    void scoresTheCorpusInTurnAndStartsOverAtItsEnd(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("two.txt"), "Great product!\nTerrible support :(\n");
        var benchmark = new VaderThroughputBenchmark();
        benchmark.corpus = file.toString();
        benchmark.load();
        VaderAnalyzer reference = VaderAnalyzer.withBundledLexicon();
        double great = reference.polarityScores("Great product!").compound();
        double terrible = reference.polarityScores("Terrible support :(").compound();

        assertThat(new double[] {
                    benchmark.scoreOneSentence(), benchmark.scoreOneSentence(), benchmark.scoreOneSentence()
                })
                .containsExactly(great, terrible, great);
        assertThat(great).isPositive();
        assertThat(terrible).isNegative();
    }

    /** Runs the generated JMH harness in process, so a broken annotation or state fails here, not in a long run. */
    @Test
    void runsUnderJmhAndReportsSentencesPerSecond() throws RunnerException {
        var options = new OptionsBuilder()
                .include(VaderThroughputBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results).hasSize(1);
        RunResult result = results.iterator().next();
        assertThat(result.getPrimaryResult().getScoreUnit()).isEqualTo("ops/s");
        assertThat(result.getPrimaryResult().getScore()).isGreaterThan(1_000);
    }
}
