package io.marketpilot.app.cli;

import io.marketpilot.app.content.GenerationEvaluation;
import io.marketpilot.app.services.Services;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marketpilot eval generation --refs FILE}: BLEU and ROUGE-L against reference texts. */
@Command(
        name = "generation",
        description = "BLEU-4 and ROUGE-L of generated copy against references. FILE is JSONL: {\"references\": [...],"
                + " \"candidate\": \"...\"} or a request to generate ({\"channel\", \"segment\"|\"customer\","
                + " \"product\", \"goal\", \"language\", \"seed\", \"field\"}); see the README.")
public final class GenerationEvalCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--refs", required = true, description = "JSONL file of cases with references")
    Path refs;

    @Option(names = "--format", defaultValue = "table", description = "table | json")
    String format;

    @Override
    public Integer call() throws Exception {
        Services[] opened = new Services[1];
        try {
            Map<String, Object> result = GenerationEvaluation.run(GenerationCaseFile.read(refs), () -> {
                if (opened[0] == null) {
                    opened[0] = store.open();
                }
                return opened[0].content;
            });
            if (format.equals("json")) {
                Output.json(result, System.out);
            } else {
                System.out.printf(
                        Locale.ROOT,
                        "%s/%s on %d cases: BLEU %.4f, ROUGE-L %.4f%n",
                        result.get("provider"),
                        result.get("model"),
                        (Integer) result.get("n"),
                        (Double) result.get("bleu"),
                        (Double) result.get("rougeL"));
            }
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
        return 0;
    }
}
