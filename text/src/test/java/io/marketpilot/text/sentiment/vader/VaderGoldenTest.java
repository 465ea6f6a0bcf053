package io.marketpilot.text.sentiment.vader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VaderGoldenTest {
    private static final double TOLERANCE = 1e-4;
    private static final int EXAMPLES = 15;

    @Test
    void reproducesPythonReferenceForEveryGroundTruthSentence() {
        Map<String, String> sentences = GroundTruthCorpus.sentences();
        List<GroundTruthCorpus.Reference> references = GroundTruthCorpus.references();
        VaderAnalyzer analyzer = VaderAnalyzer.withBundledLexicon();

        int scored = 0;
        List<String> mismatches = new ArrayList<>();
        for (GroundTruthCorpus.Reference ref : references) {
            String text = sentences.get(ref.dataset() + "/" + ref.id());
            assertThat(text).as("sentence for %s/%s", ref.dataset(), ref.id()).isNotNull();
            VaderScores actual = analyzer.polarityScores(text);
            scored++;
            if (differs(actual.neg(), ref.neg())
                    || differs(actual.neu(), ref.neu())
                    || differs(actual.pos(), ref.pos())
                    || differs(actual.compound(), ref.compound())) {
                mismatches.add("%s/%s expected neg=%s neu=%s pos=%s compound=%s but got %s for: %s"
                        .formatted(
                                ref.dataset(),
                                ref.id(),
                                ref.neg(),
                                ref.neu(),
                                ref.pos(),
                                ref.compound(),
                                actual,
                                text));
            }
        }

        assertThat(scored).isEqualTo(23_703);
        assertThat(mismatches)
                .as(
                        "%d of %d rows differ from the Python reference; first ones:%n%s",
                        mismatches.size(),
                        scored,
                        String.join(
                                System.lineSeparator(), mismatches.subList(0, Math.min(EXAMPLES, mismatches.size()))))
                .isEmpty();
    }

    private static boolean differs(double actual, double expected) {
        return !(Math.abs(actual - expected) <= TOLERANCE);
    }
}
