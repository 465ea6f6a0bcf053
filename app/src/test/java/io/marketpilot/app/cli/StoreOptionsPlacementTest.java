package io.marketpilot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store options mean the same before and after a subcommand, whichever of the two declares them. */
class StoreOptionsPlacementTest {
    @Test
    void aKeyCreatedWithTheDataDirAfterTheSubcommandIsListedWithItBefore(@TempDir Path dir) {
        String data = dir.resolve("data").toString();

        var created = CliTest.run("apikey", "create", "--role", "viewer", "--name", "after", "--data-dir", data);
        var listed = CliTest.run("apikey", "--data-dir", data, "list");

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("viewer\tactive\tafter");
    }

    @Test
    void anExperimentCreatedWithTheDataDirBeforeTheSubcommandIsListedWithItAfter(@TempDir Path dir) {
        String data = dir.resolve("data").toString();

        var created = CliTest.run(
                "experiment",
                "--data-dir",
                data,
                "create",
                "--id",
                "hero",
                "--name",
                "Hero",
                "--variant",
                "A=a",
                "--variant",
                "B=b");
        var listed = CliTest.run("experiment", "list", "--format", "csv", "--data-dir", data);

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(listed.out()).contains("hero,draft");
    }

    @Test
    void everyGroupOpensTheStoreNamedOnEitherSideOfItsSubcommand(@TempDir Path dir) {
        List<List<String>> groups = List.of(
                List.of("customer", "export", "C-unknown"),
                List.of("recommend", "versions"),
                List.of("content", "list"),
                List.of("brand", "show"),
                List.of("llm", "usage"),
                List.of("clv", "fit"),
                List.of("kb", "sources"));
        for (List<String> group : groups) {
            Path before = dir.resolve(group.get(0) + "-before");
            Path after = dir.resolve(group.get(0) + "-after");

            var b = CliTest.run(
                    args(group.get(0), "--data-dir", before.toString(), group.get(1), group.subList(2, group.size())));
            var a = CliTest.run(
                    args(group.get(0), group.get(1), group.subList(2, group.size()), "--data-dir", after.toString()));

            assertThat(b.err()).as(String.join(" ", group)).doesNotContain("Unknown option", "does not use");
            assertThat(a.err()).as(String.join(" ", group)).doesNotContain("Unknown option", "does not use");
            assertThat(before.resolve("marketpilot.mv.db"))
                    .as(String.join(" ", group) + " before")
                    .exists();
            assertThat(after.resolve("marketpilot.mv.db"))
                    .as(String.join(" ", group) + " after")
                    .exists();
            assertThat(b.exit()).as(String.join(" ", group)).isEqualTo(a.exit());
        }
    }

    @Test
    void aStoreOptionForASubcommandThatTakesNoneIsRefusedNotIgnored(@TempDir Path dir) {
        var r = CliTest.run(
                "recommend",
                "--data-dir",
                dir.toString(),
                "eval",
                "--ratings",
                dir.resolve("r.csv").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'marketpilot recommend eval' does not use --data-dir");
        assertThat(Files.exists(dir.resolve("marketpilot.mv.db"))).isFalse();
    }

    @Test
    void theSameStoreOptionOnBothSidesIsRefused(@TempDir Path dir) {
        String data = dir.toString();

        var r = CliTest.run("apikey", "--data-dir", data, "list", "--data-dir", data);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'--data-dir' should be specified only once");
    }

    private static String[] args(String group, Object... rest) {
        List<String> all = new ArrayList<>(List.of(group));
        for (Object part : rest) {
            if (part instanceof List<?> list) {
                list.forEach(p -> all.add(p.toString()));
            } else {
                all.add(part.toString());
            }
        }
        return all.toArray(String[]::new);
    }
}
