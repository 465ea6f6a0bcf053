package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marketpilot webhook …} against a fresh embedded store: subscribe, list, read the log, refuse, remove. */
class WebhookCliTest {
    @TempDir
    Path dir;

    @Test
    void aSubscriptionIsAddedListedWithoutItsSecretAndRemoved() throws Exception {
        String data = dir.resolve("data").toString();

        InProcessCli.Run added = CliTest.run(
                "webhook",
                "add",
                "https://hooks.example/mp",
                "--event",
                "message.sent,segment.run_finished",
                "--secret",
                "cli-secret-0123456789",
                "--format",
                "json",
                "--data-dir",
                data);
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(CliTest.json(added.out()).get("url").asText()).isEqualTo("https://hooks.example/mp");
        assertThat(added.out()).doesNotContain("cli-secret");

        InProcessCli.Run listed = CliTest.run("webhook", "list", "--format", "json", "--data-dir", data);
        assertThat(listed.out())
                .contains("https://hooks.example/mp")
                .contains("segment.run_finished")
                .doesNotContain("cli-secret");
        assertThat(CliTest.json(CliTest.run("webhook", "deliveries", "1", "--format", "json", "--data-dir", data)
                        .out()))
                .isEmpty();

        InProcessCli.Run refused = CliTest.run("webhook", "replay", "999", "--data-dir", data);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("999");

        assertThat(CliTest.run("webhook", "remove", "1", "--data-dir", data).exit())
                .isZero();
        assertThat(CliTest.json(CliTest.run("webhook", "list", "--format", "json", "--data-dir", data)
                        .out()))
                .isEmpty();
    }

    @Test
    void anUnknownEventTypeIsRefusedNamingTheKnownOnes() {
        InProcessCli.Run refused = CliTest.run(
                "webhook",
                "add",
                "https://hooks.example/mp",
                "--event",
                "message.sold",
                "--secret",
                "cli-secret-0123456789",
                "--data-dir",
                dir.resolve("data").toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("message.sold").contains("experiment.decided");
    }
}
