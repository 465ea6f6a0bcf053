package io.marketpilot.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.cli.InProcessCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench journey} at a small size: its counts, not its speed. Every customer's event must enter them into the
 * measured journey once (and into none of the others), the worker must set every timer and fire each once the clock
 * is past the wait (the earliest entrants first, alone), and the check must be able to see a customer missed or
 * tagged twice.
 */
class JourneyBenchTest {
    private static final PrintStream QUIET = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void everyCustomerEntersWaitsIsTaggedAndLeavesOnce() throws Exception {
        JourneyBenchResult result = JourneyBenchmark.run(
                Application::open,
                FreshStore.Kind.H2,
                FreshStore.POSTGRES_URL,
                "postgres",
                new JourneyBenchmark.Settings(300, 3, 50, 40),
                QUIET);

        assertThat(result.ingest())
                .extracting(JourneyBenchResult.Ingest::activeJourneys)
                .containsExactly(0, 1, 3);
        assertThat(result.ingest())
                .extracting(JourneyBenchResult.Ingest::events)
                .containsExactly(50, 250, 50);
        assertThat(result.ingest())
                .as("nobody enters while no journey is active")
                .extracting(JourneyBenchResult.Ingest::entered)
                .containsExactly(0L, 250L, 50L);
        assertThat(result.timersSet().moved()).isEqualTo(300);
        assertThat(result.fewDue().moved())
                .as("the earliest entrants' timers, not the others'")
                .isPositive()
                .isLessThan(250);
        assertThat(result.fewDue().moved() + result.allDue().moved()).isEqualTo(300);
        assertThat(result.idlePollMillis()).isPositive();
        assertThat(result.check()).isEqualTo(new JourneyBenchResult.Check(300, 300, 300, 300, 0, 300, 0, 0, 0));
        assertThat(result.exact()).isTrue();
        assertThat(result.describe())
                .contains("customers tagged once 300, never 0, twice or more 0")
                .endsWith("exact");
    }

    @Test
    void aCustomerMissedOrTaggedTwiceIsNotExact() {
        JourneyBenchResult.Check missedOne = new JourneyBenchResult.Check(10, 10, 10, 10, 0, 9, 1, 0, 0);
        JourneyBenchResult.Check doubledOne = new JourneyBenchResult.Check(10, 10, 10, 10, 0, 9, 0, 1, 0);
        JourneyBenchResult.Check stillWaiting = new JourneyBenchResult.Check(10, 9, 9, 9, 1, 9, 1, 0, 0);

        assertThat(result(missedOne).exact()).isFalse();
        assertThat(result(doubledOne).exact()).isFalse();
        assertThat(result(stillWaiting).exact()).isFalse();
        assertThat(result(doubledOne).describe()).endsWith("NOT EXACT");
        assertThat(result(new JourneyBenchResult.Check(10, 10, 10, 10, 0, 10, 0, 0, 0))
                        .exact())
                .isTrue();
    }

    @Test
    void theCommandSaysWhetherTheCountsAreExactAndRefusesAnUnknownStore() {
        InProcessCli.Run run = InProcessCli.run("bench", "journey", "--customers", "40", "--sample", "5");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("1 journey(s) active: 35 events")
                .contains("exited 40")
                .endsWith("exact\n");

        InProcessCli.Run wrong = InProcessCli.run("bench", "journey", "--store", "pigeon");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--store is h2 or postgres").doesNotContain("\tat ");
    }

    private static JourneyBenchResult result(JourneyBenchResult.Check check) {
        JourneyBenchResult.Sweep none = new JourneyBenchResult.Sweep(0, 0);
        return new JourneyBenchResult("test", 10, 0, List.of(), none, 0, none, none, check);
    }
}
