package io.marketpilot.app.content;

import io.marketpilot.content.Variant;
import io.marketpilot.content.score.Bleu;
import io.marketpilot.content.score.RougeL;
import io.marketpilot.content.score.Tokens;
import io.marketpilot.core.MarketPilotException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code eval generation}: BLEU and ROUGE-L of generated (or given) copy against reference texts. BLEU is corpus
 * BLEU-4 over all cases; per case it is smoothed sentence BLEU. Tokens are lower-cased words, and single characters
 * for Chinese.
 */
public final class GenerationEvaluation {
    private GenerationEvaluation() {}

    /**
     * One case: the texts to compare with, and either a candidate to score as it is or a request to generate one.
     *
     * @param line where the case was read, for messages
     * @param id names the case in the report
     * @param references one or more texts
     * @param field scores one field of the generated copy (e.g. {@code subject}) instead of the whole text
     */
    public record Case(
            int line,
            String id,
            List<String> references,
            Optional<String> candidate,
            Optional<GenerateRequest> request,
            Optional<String> field) {
        public Case {
            references = List.copyOf(references);
            if (references.isEmpty() || (candidate.isEmpty() && request.isEmpty())) {
                throw new IllegalArgumentException("case " + id + " needs references and a candidate or a request");
            }
        }
    }

    /**
     * Scores every case, generating the candidates that are requested (the content studio is opened only then).
     *
     * @throws MarketPilotException (invalid) when there are no cases or a case names a field its channel lacks
     */
    public static Map<String, Object> run(List<Case> cases, Supplier<StoreContent> content) {
        if (cases.isEmpty()) {
            throw MarketPilotException.invalid("There are no cases to evaluate");
        }
        List<Bleu.Pair> pairs = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        double rougeSum = 0;
        String provider = "given";
        String model = "given";
        for (Case c : cases) {
            String candidate;
            if (c.candidate().isPresent()) {
                candidate = c.candidate().get();
            } else {
                Variant v = content.get()
                        .preview(c.request().orElseThrow(), "eval")
                        .variants()
                        .getFirst();
                provider = v.provenance().provider();
                model = v.provenance().model();
                candidate = c.field().isPresent()
                        ? field(v, c.field().get(), c.line())
                        : v.copy().joined();
            }
            List<List<String>> refTokens =
                    c.references().stream().map(Tokens::of).toList();
            List<String> candTokens = Tokens.of(candidate);
            pairs.add(new Bleu.Pair(refTokens, candTokens));
            double rouge = RougeL.f1(refTokens, candTokens);
            rougeSum += rouge;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", c.id());
            row.put("bleu", Bleu.sentence(refTokens, candTokens, true));
            row.put("rougeL", rouge);
            row.put("candidate", candidate);
            rows.add(row);
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
}
