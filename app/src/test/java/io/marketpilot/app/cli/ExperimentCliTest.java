package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marketpilot experiment …} against an embedded store, as a user runs it. */
class ExperimentCliTest {
    @Test
    void createStartAssignReportAndListAnExperiment(@TempDir Path dir) throws Exception {
        String data = dir.toString();
        var created = CliTest.run(
                "experiment",
                "create",
                "--data-dir",
                data,
                "--id",
                "hero",
                "--name",
                "Hero",
                "--variant",
                "A=Free delivery",
                "--variant",
                "B=Free returns",
                "--pending",
                "B",
                "--format",
                "json");
        assertThat(created.exit()).isZero();
        assertThat(CliTest.json(created.out())
                        .get("variants")
                        .get(1)
                        .get("approved")
                        .asBoolean())
                .isFalse();

        var refused = CliTest.run("experiment", "start", "--data-dir", data, "hero");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).startsWith("error: ").contains("not approved");

        assertThat(CliTest.run("experiment", "approve", "--data-dir", data, "hero", "B")
                        .exit())
                .isZero();
        assertThat(CliTest.run("experiment", "start", "--data-dir", data, "hero")
                        .exit())
                .isZero();
        var first = CliTest.run("experiment", "assign", "--data-dir", data, "hero", "visitor-1");
        assertThat(first.out())
                .isEqualTo(CliTest.run("experiment", "assign", "--data-dir", data, "hero", "visitor-1")
                        .out());

        var report = CliTest.run("experiment", "report", "--data-dir", data, "hero", "--format", "json");
        assertThat(report.exit()).isZero();
        var json = CliTest.json(report.out());
        assertThat(json.get("recommendation").get("action").asText()).isEqualTo("keep_running");
        assertThat(json.get("method").asText()).contains("mixture SPRT");

        var list = CliTest.run("experiment", "list", "--data-dir", data, "--format", "json");
        assertThat(CliTest.json(list.out()).get(0).get("status").asText()).isEqualTo("running");
        assertThat(CliTest.run("experiment", "stop", "--data-dir", data, "hero").exit())
                .isZero();
        assertThat(CliTest.run("experiment", "report", "--data-dir", data, "nope")
                        .err())
                .contains("does not exist");
    }
}
