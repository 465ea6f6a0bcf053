package io.marketpilot.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.app.content.GenerateRequest;
import io.marketpilot.app.content.GenerationEvaluation;
import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The references file of {@code eval generation --refs FILE}: JSONL, one case per line. {@code references}
 * (required, one or more texts) and either {@code candidate} (a text to score as it is) or a request to generate
 * one: {@code channel}, {@code segment} or {@code customer}, and optional {@code product}, {@code goal},
 * {@code tone} (friendly), {@code language} (en), {@code network} (x), {@code seed} (1). {@code field} (e.g.
 * {@code subject}) scores one field instead of the whole text; {@code id} names the case (its line number
 * otherwise). Blank lines are skipped; a bad line is refused with its number.
 */
final class GenerationCaseFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GenerationCaseFile() {}

    static List<GenerationEvaluation.Case> read(Path refs) throws IOException {
        List<String> lines = Files.readAllLines(refs, StandardCharsets.UTF_8);
        List<GenerationEvaluation.Case> cases = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (!line.isEmpty()) {
                cases.add(parseCase(line, n + 1));
            }
        }
        if (cases.isEmpty()) {
            throw MarketPilotException.invalid("The references file " + refs + " has no cases");
        }
        return cases;
    }

    static GenerationEvaluation.Case parseCase(String text, int line) {
        JsonNode c = object(text, line);
        List<String> references = new ArrayList<>();
        c.path("references").forEach(r -> references.add(r.asText()));
        if (references.isEmpty()) {
            throw MarketPilotException.invalid("Line " + line + ": \"references\" needs at least one text");
        }
        Optional<String> candidate =
                c.hasNonNull("candidate") ? Optional.of(c.get("candidate").asText()) : Optional.empty();
        Optional<GenerateRequest> request = Optional.empty();
        if (candidate.isEmpty()) {
            if (!c.hasNonNull("channel")) {
                throw MarketPilotException.invalid(
                        "Line " + line + ": give \"candidate\", or \"channel\" to generate one");
            }
            request = Optional.of(request(c));
        }
        return new GenerationEvaluation.Case(
                line,
                c.path("id").asText(String.valueOf(line)),
                references,
                candidate,
                request,
                c.hasNonNull("field") ? Optional.of(c.get("field").asText()) : Optional.empty());
    }

    private static GenerateRequest request(JsonNode c) {
        return new GenerateRequest(
                c.get("channel").asText(),
                c.path("segment").asText(null),
                c.path("customer").asText(null),
                c.path("product").asText(null),
                c.path("goal").asText(""),
                c.path("tone").asText("friendly"),
                c.path("language").asText("en"),
                c.path("network").asText("x"),
                List.of(),
                1,
                c.path("seed").asLong(1));
    }

    private static JsonNode object(String text, int line) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException e) {
            throw MarketPilotException.invalid("Line " + line + " is not valid JSON");
        }
        if (!node.isObject()) {
            throw MarketPilotException.invalid("Line " + line + " is not a JSON object");
        }
        return node;
    }
}
