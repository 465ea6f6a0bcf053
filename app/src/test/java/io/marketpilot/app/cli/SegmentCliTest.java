package io.marketpilot.app.cli;

import static io.marketpilot.app.cli.CliTest.json;
import static io.marketpilot.app.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segment} explains its k in every format, and its personas are distinct. */
class SegmentCliTest {
    @TempDir
    static Path dir;

    static Path orders;

    @BeforeAll
    static void copyTheSampleShopsOrders() throws Exception {
        orders = dir.resolve("orders.csv.gz");
        try (var in = SegmentCliTest.class.getResourceAsStream("/demo/orders.csv.gz")) {
            Files.copy(in, orders);
        }
    }

    @Test
    void jsonExplainsTheChoiceOfKWithTheScoresPerK() throws Exception {
        InProcessCli.Run r = run("segment", "--orders", orders.toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        JsonNode choice = j.get("k_choice");
        assertThat(choice.get("k").asInt()).isEqualTo(j.get("k").asInt());
        assertThat(choice.get("verdict").asText()).isIn("chosen", "two_groups_only", "no_structure");
        assertThat(choice.get("explanation").asText()).isNotBlank();
        assertThat(choice.get("rule").asText()).contains("silhouette");
        List<Integer> ks = new ArrayList<>();
        choice.get("perK").forEach(p -> {
            ks.add(p.get("k").asInt());
            assertThat(p.has("silhouette")).isTrue();
            assertThat(p.get("inertia").asDouble()).isPositive();
        });
        assertThat(ks).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        if (choice.get("verdict").asText().equals("chosen")) {
            assertThat(j.get("k").asInt()).isBetween(3, 10);
            assertThat(choice.get("explanation").asText())
                    .startsWith("k = " + j.get("k").asInt() + ":");
        }
        List<String> names = new ArrayList<>();
        j.get("segments").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).doesNotHaveDuplicates().noneMatch(n -> n.matches(".*\\(\\d+\\)$"));
    }

    @Test
    void theTableSaysWhyKIsWhatItIs() {
        InProcessCli.Run r = run("segment", "--orders", orders.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Why k = ")
                .contains("silhouette")
                .contains("inertia")
                .contains("chosen");
    }

    @Test
    void aGivenKIsKeptAndSaidToBeGiven() throws Exception {
        InProcessCli.Run r = run("segment", "--orders", orders.toString(), "--k", "5", "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.get("k").asInt()).isEqualTo(5);
        assertThat(j.get("k_choice").get("verdict").asText()).isEqualTo("fixed");
        assertThat(j.get("k_choice").get("explanation").asText()).startsWith("k = 5 was given");
    }
}
