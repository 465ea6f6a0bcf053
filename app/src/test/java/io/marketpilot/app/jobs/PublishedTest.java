package io.marketpilot.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublishedTest {
    private final ModelJobs jobs = new ModelJobs(Clock.systemUTC());
    private final AtomicReference<String> data = new AtomicReference<>("v1");
    private final AtomicInteger builds = new AtomicInteger();

    @AfterEach
    void stop() {
        jobs.close();
    }

    private Published<String> model(CountDownLatch gate) {
        return Published.of(
                "words",
                data::get,
                () -> {
                    await(gate);
                    builds.incrementAndGet();
                    return "model of " + data.get();
                },
                jobs,
                Clock.systemUTC());
    }

    @Test
    void aCliProcessBuildsOnItsOwnThreadAndOnlyWhenTheDataChanged() {
        Published<String> model = model(new CountDownLatch(0));

        assertThat(model.get()).isEqualTo("model of v1");
        assertThat(model.get()).isEqualTo("model of v1");
        assertThat(builds).hasValue(1);
        data.set("v2");
        assertThat(model.get()).isEqualTo("model of v2");
        assertThat(builds).hasValue(2);
    }

    @Test
    void onTheServerAScheduledCheckRebuildsAModelWhoseDataChangedWithoutAnyRead() throws Exception {
        Published<String> model = model(new CountDownLatch(0));
        jobs.serveInBackground();
        assertThat(jobs.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(builds).hasValue(1);

        jobs.checkEvery(Duration.ofMillis(50));
        data.set("v2");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (builds.get() < 2 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }

        assertThat(builds).as("rebuilt by the schedule, nobody having read").hasValue(2);
        assertThat(jobs.recent().getFirst().reason()).isEqualTo("schedule");
        assertThat(jobs.awaitIdle(Duration.ofSeconds(10))).isTrue();
        TimeUnit.MILLISECONDS.sleep(200);
        assertThat(builds)
                .as("later checks find the data unchanged and build nothing")
                .hasValue(2);
        assertThat(model.get()).isEqualTo("model of v2");
    }

    @Test
    void onTheServerAReadBeforeTheFirstBuildIsToldToComeBackNotMadeToWait() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Published<String> model = model(gate);
        jobs.serveInBackground();

        assertThatThrownBy(model::get)
                .isInstanceOfSatisfying(
                        MarketPilotException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE))
                .hasMessageContaining("words model is being built");
        assertThat(model.status().state()).isEqualTo("building");
        gate.countDown();
        assertThat(jobs.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(model.get()).isEqualTo("model of v1");
        assertThat(model.status().state()).isEqualTo("ready");
    }

    @Test
    void whileARebuildRunsReadsGetThePreviousBuildAtOnce() throws Exception {
        CountDownLatch gate = new CountDownLatch(0);
        AtomicReference<CountDownLatch> current = new AtomicReference<>(gate);
        Published<String> model = Published.of(
                "words",
                data::get,
                () -> {
                    await(current.get());
                    return "model of " + data.get();
                },
                jobs,
                Clock.systemUTC());
        jobs.serveInBackground();
        assertThat(jobs.awaitIdle(Duration.ofSeconds(10))).isTrue();

        CountDownLatch held = new CountDownLatch(1);
        current.set(held);
        data.set("v2");
        model.refresh("test");
        long t = System.nanoTime();
        assertThat(model.get()).isEqualTo("model of v1");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t)).isLessThan(1_000);
        held.countDown();
        assertThat(jobs.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(model.get()).isEqualTo("model of v2");
        assertThat(jobs.recent()).first().satisfies(run -> {
            assertThat(run.model()).isEqualTo("words");
            assertThat(run.state()).isEqualTo(JobRun.State.SUCCEEDED);
        });
    }

    @Test
    void aBuildThatFailsOnTheDataIsWhatReadsReportAndAnyOtherFailureKeepsThePreviousBuild() throws Exception {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Published<String> model = Published.of(
                "words",
                data::get,
                () -> {
                    if (failure.get() != null) {
                        throw failure.get();
                    }
                    return "model of " + data.get();
                },
                jobs,
                Clock.systemUTC());
        jobs.serveInBackground();
        assertThat(jobs.awaitIdle(Duration.ofSeconds(10))).isTrue();

        failure.set(new IllegalStateException("disk on fire"));
        data.set("v2");
        model.refresh("test");
        assertThat(jobs.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(model.get()).isEqualTo("model of v1");
        assertThat(model.status().error()).contains("disk on fire");

        failure.set(MarketPilotException.invalid("No sales to learn from"));
        data.set("v3");
        model.refresh("test");
        assertThat(jobs.awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThatThrownBy(model::get).hasMessage("No sales to learn from");
        assertThat(model.status().state()).isEqualTo("failed");
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
