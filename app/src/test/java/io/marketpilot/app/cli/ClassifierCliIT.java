package io.marketpilot.app.cli;

import static io.marketpilot.app.cli.CliTest.json;
import static io.marketpilot.app.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classifier trained on the shop's own labels from the command line, on the real embedding model: trained, versioned,
 * evaluated, used by name in `classify` and `emotion`, and bad files refused with their line.
 */
class ClassifierCliIT {
    private static final String[][] LATE = {
        {"my parcel has not arrived yet"}, {"still waiting for the delivery, it is late"},
        {"the package is a week overdue"}, {"where is my order, it should have come on monday"},
        {"tracking has not moved for days"}, {"the courier never showed up"},
        {"it was supposed to arrive yesterday"}, {"no sign of my shipment"},
        {"delivery keeps getting postponed"}, {"my box is lost somewhere in transit"},
    };
    private static final String[][] BROKEN = {
        {"the lamp arrived broken"}, {"the charger stopped working after two days"},
        {"the handle snapped off the kettle"}, {"screen cracked out of the box"},
        {"the headphones crackle in the left ear"}, {"the zip on the bag broke at once"},
        {"it will not switch on"}, {"the blender smells of burning and stopped"},
        {"one of the glasses was shattered"}, {"the cable is frayed and sparks"},
    };

    private static Path examples(Path dir, String name, int from, int to) throws Exception {
        List<String> lines = new ArrayList<>(List.of("label,text"));
        for (int i = from; i < to; i++) {
            lines.add("late,\"" + LATE[i][0] + "\"");
            lines.add("broken,\"" + BROKEN[i][0] + "\"");
        }
        return Files.write(dir.resolve(name), lines);
    }

    @Test
    void aClassifierIsTrainedVersionedEvaluatedAndUsedByName(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        Path train = examples(dir, "train.csv", 0, 7);
        Path test = examples(dir, "test.csv", 7, 10);

        InProcessCli.Run first = run(
                "train",
                "classifier",
                "--input",
                train.toString(),
                "--name",
                "reasons",
                "--folds",
                "3",
                "--format",
                "json",
                "--data-dir",
                data);
        InProcessCli.Run second = run(
                "train",
                "classifier",
                "--input",
                train.toString(),
                "--name",
                "reasons",
                "--folds",
                "3",
                "--embeddings",
                "never",
                "--format",
                "json",
                "--data-dir",
                data);

        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode v1 = json(first.out());
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("active").asBoolean()).isTrue();
        assertThat(v1.get("language").asText()).isEqualTo("en");
        assertThat(v1.get("examples").asInt()).isEqualTo(14);
        assertThat(v1.get("report").get("perClass")).hasSize(2);
        JsonNode v2 = json(second.out());
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("active").asBoolean()).isFalse();

        JsonNode versions = json(run("classifier", "versions", "reasons", "--format", "json", "--data-dir", data)
                .out());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);

        InProcessCli.Run eval = run(
                "eval",
                "classifier",
                "--name",
                "reasons",
                "--input",
                test.toString(),
                "--format",
                "json",
                "--data-dir",
                data);
        assertThat(eval.exit()).as(eval.err()).isZero();
        JsonNode report = json(eval.out());
        assertThat(report.get("n").asInt()).isEqualTo(6);
        assertThat(report.get("accuracy").asDouble()).isGreaterThanOrEqualTo(5 / 6.0);
        assertThat(report.get("macro_f1").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("per_class"))
                .extracting(c -> c.get("label").asText())
                .containsExactlyInAnyOrder("broken", "late");

        Path texts = Files.writeString(dir.resolve("texts.csv"), "id,text\na,my kettle arrived smashed\nb,这个坏了\n");
        String[] labelled = run(
                        "classify",
                        "--model",
                        "reasons",
                        "--input",
                        texts.toString(),
                        "--id-column",
                        "id",
                        "--data-dir",
                        data)
                .out()
                .strip()
                .split("\n");
        assertThat(json(labelled[0]).get("label").asText()).isEqualTo("broken");
        assertThat(json(labelled[0]).get("model").asText()).contains("reasons");
        assertThat(json(labelled[1]).get("error").asText()).isNotBlank();
        String[] asEmotion = run("emotion", "--model", "reasons", "--input", texts.toString(), "--data-dir", data)
                .out()
                .strip()
                .split("\n");
        assertThat(json(asEmotion[0]).get("label").asText()).isEqualTo("broken");

        InProcessCli.Run switched = run("classifier", "activate", "reasons", "2", "--data-dir", data);
        assertThat(switched.out()).contains("reasons version 2 is now active");
    }

    @Test
    void aFileWithAnUnlabelledRowIsRefusedWithItsLineAndNothingIsStored(@TempDir Path dir) throws Exception {
        String data = dir.resolve("data").toString();
        Path bad = Files.writeString(dir.resolve("bad.csv"), "label,text\nlate,still waiting\n,no label here\n");

        InProcessCli.Run r =
                run("train", "classifier", "--input", bad.toString(), "--name", "reasons", "--data-dir", data);

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("line 3").contains("no label").doesNotContain("Exception");
        assertThat(run("classifier", "list", "--format", "json", "--data-dir", data)
                        .out()
                        .strip())
                .isEqualTo("[ ]");
    }
}
