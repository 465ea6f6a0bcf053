package io.marketpilot.app.web;

import io.marketpilot.app.TestApp;
import io.marketpilot.app.llm.FakeOpenAiServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation of the server's OpenAPI document is called with valid input over the sample shop, and every answer
 * must be what the document says: a documented status, a documented media type and a body that validates against the
 * schema, undocumented fields included ({@link OpenApiContract}). Reads are derived from the document; writes and
 * query variants come from {@link ContractExamples}. Every operation must answer a 2xx at least once, so a new
 * operation without an example fails here until one is added.
 */
class ApiContractIT {
    @TempDir
    static Path shopDir;

    @TempDir
    static Path modelDir;

    static TestApp shop;
    static FakeOpenAiServer fakeModel;
    static TestApp withModel;

    @BeforeAll
    static void start() {
        shop = TestApp.start(shopDir, CampaignFixtures.settings());
        fakeModel = FakeOpenAiServer.start();
        withModel = TestApp.bare(modelDir, fakeModel.settings(0, 5));
    }

    @AfterAll
    static void stop() {
        withModel.close();
        fakeModel.close();
        shop.close();
    }

    @Test
    void everyOperationAnswersAsTheDocumentSaysAndEachAnswersA2xx() {
        ContractCalls calls = new ContractCalls(shop);
        Map<String, String> ids = new ContractExamples(calls).run();
        shop.settle();
        derivedReads(calls, ids);
        ContractCalls modelCalls = new ContractCalls(withModel);
        fakeModel.reply("pong", 3, 1);
        modelCalls.post("/api/v1/llm/ping", null);

        List<String> drift = Stream.concat(calls.drift().stream(), modelCalls.drift().stream())
                .distinct()
                .toList();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(drift)
                    .as("answers that break the OpenAPI document (fix the schema or the handler, whichever is wrong)")
                    .isEmpty();
            softly.assertThat(withoutA2xx(ApiClient.contract(shop), ApiClient.contract(withModel)))
                    .as("operations no example reaches with a 2xx: add one to ContractExamples")
                    .isEmpty();
        });
    }

    /**
     * Every GET of the document, its path parameters filled with ids the examples made or found and no query: the
     * reads need nothing the document does not say.
     */
    private static void derivedReads(ContractCalls calls, Map<String, String> ids) {
        OpenApiContract contract = ApiClient.contract(shop);
        for (OpenApiContract.OperationTemplate op : contract.operations()) {
            if (!op.method().equals("GET")) {
                continue;
            }
            String path = op.template();
            List<String> segments = op.segments();
            for (int i = 1; i < segments.size(); i++) {
                String s = segments.get(i);
                if (s.startsWith("{")) {
                    String id = ids.get(segments.get(i - 1));
                    if (id == null) {
                        throw new AssertionError("no id for " + s + " in " + op.template()
                                + ": have ContractExamples record one under '" + segments.get(i - 1) + "'");
                    }
                    path = path.replace(s, id);
                }
            }
            calls.get(OpenApiContract.PREFIX + path);
        }
    }

    private static List<String> withoutA2xx(OpenApiContract... contracts) {
        Set<String> answered = new LinkedHashSet<>();
        for (OpenApiContract c : contracts) {
            c.exercised().stream()
                    .filter(e -> e.status() >= 200 && e.status() < 300)
                    .forEach(e -> answered.add(e.operationId()));
        }
        List<String> missing = new ArrayList<>();
        for (OpenApiContract.OperationTemplate op : contracts[0].operations()) {
            if (!answered.contains(op.operationId())) {
                missing.add(op.method() + " " + op.template() + " (" + op.operationId() + ")");
            }
        }
        return missing;
    }
}
