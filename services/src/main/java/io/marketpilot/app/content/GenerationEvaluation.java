package io.marketpilot.app.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.content.Variant;
import io.marketpilot.content.score.Bleu;
import io.marketpilot.content.score.RougeL;
import io.marketpilot.content.score.Tokens;
import io.marketpilot.core.MarketPilotException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code eval generation --refs FILE}: BLEU and ROUGE-L of generated (or given) copy against reference texts.
 *
 * <p>The file is JSONL, one case per line: {@code references} (required, one or more texts) and either
 * {@code candidate} (a text to score as it is) or a request to generate one: {@code channel}, {@code segment} or
 * {@code customer}, and optional {@code product}, {@code goal}, {@code tone}, {@code language}, {@code seed}.
 * {@code field} (e.g. {@code subject}) scores one field instead of the whole text; {@code id} names the case.
 * BLEU is corpus BLEU-4 over all cases; per case it is smoothed sentence BLEU. Tokens are lower-cased words, and
 * single characters for Chinese.
 */
public final class GenerationEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GenerationEvaluation() {}

    public static Map<String, Object> run(Path refs, java.util.function.Supplier<StoreContent> content)
            throws IOException {
        List<String> lines = Files.readAllLines(refs, StandardCharsets.UTF_8);
        List<Bleu.Pair> pairs = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        double rougeSum = 0;
        String provider = "given";
        String model = "given";
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode c = parse(line, n + 1);
            List<String> references = new ArrayList<>();
            c.path("references").forEach(r -> references.add(r.asText()));
            if (references.isEmpty()) {
                throw MarketPilotException.invalid("Line " + (n + 1) + ": \"references\" needs at least one text");
            }
            String candidate;
            if (c.hasNonNull("candidate")) {
                candidate = c.get("candidate").asText();
            } else {
                Variant v = generate(c, content.get(), n + 1);
                provider = v.provenance().provider();
                model = v.provenance().model();
                candidate = c.hasNonNull("field")
                        ? field(v, c.get("field").asText(), n + 1)
                        : v.copy().joined();
            }
            List<List<String>> refTokens = references.stream().map(Tokens::of).toList();
            List<String> candTokens = Tokens.of(candidate);
            pairs.add(new Bleu.Pair(refTokens, candTokens));
            double rouge = RougeL.f1(refTokens, candTokens);
            rougeSum += rouge;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.path("id").asText(String.valueOf(n + 1)));
            row.put("bleu", Bleu.sentence(refTokens, candTokens, true));
            row.put("rougeL", rouge);
            row.put("candidate", candidate);
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw MarketPilotException.invalid("The references file " + refs + " has no cases");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", rows.size());
        out.put("bleu", Bleu.corpus(pairs));
        out.put("rougeL", rougeSum / rows.size());
        out.put("provider", provider);
        out.put("model", model);
        out.put("rows", rows);
        return out;
    }

    private static Variant generate(JsonNode c, StoreContent content, int line) {
        if (!c.hasNonNull("channel")) {
            throw MarketPilotException.invalid("Line " + line + ": give \"candidate\", or \"channel\" to generate one");
        }
        GenerateRequest r = new GenerateRequest(
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
        return content.preview(r, "eval").variants().getFirst();
    }

    private static String field(Variant v, String name, int line) {
        Object value = v.copy().fields().get(name);
        if (value == null) {
            throw MarketPilotException.invalid(
                    "Line " + line + ": a " + v.copy().channel().wireName() + " has no field '" + name + "'");
        }
        return value instanceof List<?> l
                ? String.join("\n", l.stream().map(String::valueOf).toList())
                : (String) value;
    }

    private static JsonNode parse(String line, int n) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject()) {
                throw MarketPilotException.invalid("Line " + n + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw MarketPilotException.invalid("Line " + n + " is not valid JSON");
        }
    }
}
