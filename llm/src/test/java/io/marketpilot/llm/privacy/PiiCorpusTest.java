package io.marketpilot.llm.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of the redactor per type on the 300-message synthetic corpus (test resources, see
 * PROVENANCE.md). People are found by name from the store's customers, so the test's "store" knows the people of
 * the corpus ({@code known_customers.txt}: each given name of the corpus with each surname, plus unrelated names).
 * The floors sit just under the measured figures (docs/benchmarks.md).
 */
class PiiCorpusTest {
    /** The test's customer list (see PROVENANCE.md), the same file {@code marketpilot llm pii-eval --names} reads. */
    static List<String> customers() throws IOException {
        try (var in = PiiCorpusTest.class.getResourceAsStream("/pii/known_customers.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }

    static List<RedactionEvaluation.Example> corpus() throws IOException {
        try (var in = PiiCorpusTest.class.getResourceAsStream("/pii/pii_examples.jsonl")) {
            return RedactionEvaluation.read(in);
        }
    }

    @Test
    void meetsRecallAndPrecisionFloorsPerType() throws IOException {
        var corpus = corpus();
        assertThat(corpus).hasSize(300);
        KnownNames names = KnownNames.of(customers());
        assertThat(names.size()).isEqualTo(204);
        var scores = RedactionEvaluation.measure(new PiiRedactor(() -> names), corpus);
        scores.values()
                .forEach(s -> System.out.printf(
                        Locale.ROOT,
                        "pii %-8s labelled %3d recall %.3f precision %.3f (%d redactions)%n",
                        s.type(),
                        s.labelled(),
                        s.recall(),
                        s.precision(),
                        s.redacted()));

        for (String type : List.of("email", "phone", "card", "iban", "address", "person")) {
            var s = scores.get(type);
            assertThat(s.labelled()).as(type + " examples").isPositive();
            assertThat(s.recall()).as(type + " recall").isGreaterThanOrEqualTo(0.98);
            assertThat(s.precision()).as(type + " precision").isGreaterThanOrEqualTo(0.98);
        }
    }

    @Test
    void withoutTheStoresCustomersNoPersonIsFoundAndTheOtherTypesStillAre() throws IOException {
        var scores = RedactionEvaluation.measure(PiiRedactor.withoutNames(), corpus());

        assertThat(scores.get("person").found()).isZero();
        assertThat(scores.get("email").recall()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void theMeasureCountsPartialCoverAsMissedAndStrayRedactionsAsWrong() {
        var example = new RedactionEvaluation.Example(
                "Call +44 7649 929200 about order 12345678901234567", // the long number is no card (Luhn fails)
                List.of(new RedactionEvaluation.Span(5, 20, "phone")));
        Map<String, RedactionEvaluation.Score> scores =
                RedactionEvaluation.measure(PiiRedactor.withoutNames(), List.of(example));
        assertThat(scores.get("phone").recall()).isEqualTo(1.0);

        var missed = new RedactionEvaluation.Example(
                "Mail a@b.io now", List.of(new RedactionEvaluation.Span(0, 9, "email")));
        var stray = RedactionEvaluation.measure(PiiRedactor.withoutNames(), List.of(missed));
        assertThat(stray.get("email").found()).isZero();
        assertThat(stray.get("email").right()).isEqualTo(1);
        assertThat(RedactionEvaluation.covered(
                        new RedactionEvaluation.Span(0, 4, "x"), List.of(new PiiSpan(0, 3, PiiType.EMAIL))))
                .isFalse();
    }
}
