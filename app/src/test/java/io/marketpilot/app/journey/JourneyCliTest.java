package io.marketpilot.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.cli.InProcessCli;
import io.marketpilot.app.services.Services;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marketpilot journey …} over an embedded store: validate, apply, list, show, pause, resume, report, run. */
class JourneyCliTest {
    @TempDir
    static Path dir;

    static String data;
    static Path journey;

    @BeforeAll
    static void shop() throws Exception {
        data = dir.resolve("data").toString();
        long content;
        try (Services app =
                JourneyTestShop.open(dir.resolve("data"), new MovableClock(Instant.parse("2026-05-04T10:00:00Z")))) {
            JourneyTestShop.customer(app, "CLI1");
            content = JourneyTestShop.approvedEmail(app);
        }
        journey = dir.resolve("welcome.json");
        Files.writeString(journey, JourneyTestShop.welcome(content, 0.1), StandardCharsets.UTF_8);
    }

    @Test
    void validatePrintsEachProblemWithItsPathAndExitsTwo() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"id\":\"bad id\",\"name\":\"B\",\"trigger\":{\"type\":\"event\",\"event\":\"x\"},"
                        + "\"steps\":[{\"id\":\"a\",\"type\":\"wait\",\"duration\":\"soon\"}],\"colour\":\"red\"}");

        InProcessCli.Run refused = InProcessCli.run("journey", "validate", bad.toString());
        InProcessCli.Run accepted = InProcessCli.run("journey", "validate", journey.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out())
                .contains("$.id: ")
                .contains("$.steps[0].duration: ")
                .contains("$.colour: ");
        assertThat(accepted.exit()).as(accepted.out()).isZero();
        assertThat(accepted.out()).contains("welcome");
    }

    @Test
    void theSampleJourneyInTheDocsIsValid() {
        Path sample = Path.of("..", "docs", "journeys", "welcome.json");

        InProcessCli.Run r = InProcessCli.run("journey", "validate", sample.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("valid: journey welcome");
    }

    @Test
    void applyListShowPauseResumeReportAndRunRoundTrip() {
        InProcessCli.Run applied = cli("journey", "apply", journey.toString(), "--as", "alice");
        InProcessCli.Run again = cli("journey", "apply", journey.toString(), "--as", "alice");
        InProcessCli.Run paused = cli("journey", "pause", "welcome");
        InProcessCli.Run listed = cli("journey", "list", "--format", "json");
        InProcessCli.Run resumed = cli("journey", "resume", "welcome");
        InProcessCli.Run shown = cli("journey", "show", "welcome", "--format", "json");
        InProcessCli.Run report = cli("journey", "report", "welcome");
        InProcessCli.Run run = cli("journey", "run");

        assertThat(applied.out()).contains("stored").contains("version 1");
        assertThat(again.out()).contains("unchanged").contains("version 1");
        assertThat(paused.out()).contains("paused");
        assertThat(listed.out()).contains("\"id\" : \"welcome\"").contains("\"status\" : \"paused\"");
        assertThat(resumed.out()).contains("active");
        assertThat(shown.out()).contains("\"version\" : 1").contains("signed_up");
        assertThat(report.out()).contains("settle").contains("hello").contains("linger");
        assertThat(run.out()).contains("advanced: 0");
    }

    @Test
    void everyJourneyCommandAnswersHelp() {
        for (String command : new String[] {"validate", "apply", "list", "show", "pause", "resume", "report", "run"}) {
            InProcessCli.Run help = InProcessCli.run("journey", command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage:");
        }
    }

    private static InProcessCli.Run cli(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = data;
        InProcessCli.Run r = InProcessCli.run(all);
        assertThat(r.exit())
                .as(String.join(" ", args) + "\n" + r.out() + r.err())
                .isZero();
        return r;
    }
}
