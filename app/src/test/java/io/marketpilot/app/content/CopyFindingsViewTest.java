package io.marketpilot.app.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.content.StoredEvaluation;
import io.marketpilot.content.VariantEvaluator;
import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.Copy;
import io.marketpilot.content.channel.SocialNetwork;
import io.marketpilot.content.score.TextVectors;
import io.marketpilot.core.content.BrandVoice;
import io.marketpilot.text.language.LanguageDetector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The copy checker's findings reach the stored evaluation that the Content studio, {@code generate --format json}
 * and the review workflow read, the same way as every other guardrail's: rule, severity and a message with the
 * offending text; an unfilled slot is an error, so approval is refused until the text is edited.
 */
class CopyFindingsViewTest {
    /** Vectors are not what this test is about: a constant vector keeps it free of the bge-small models. */
    static final TextVectors FLAT = new TextVectors() {
        @Override
        public float[] vector(String text, String language) {
            return new float[] {1f};
        }

        @Override
        public String model(String language) {
            return "flat";
        }
    };

    @Test
    void checkerFindingsAreStoredWithRuleSeverityAndSpan() {
        VariantEvaluator evaluator = new VariantEvaluator(new LanguageDetector(), FLAT, text -> Optional.empty());
        Copy edited = new Copy(
                Channel.SMS,
                Map.of("text", "Your favourite Furniture > Chairs is back, {product}. Reply STOP to opt out"));

        var evaluation = evaluator.evaluate(edited, "en", SocialNetwork.X, BrandVoice.standard(), List.of());
        StoredEvaluation stored = StoredEvaluation.fromJson(
                new StoredEvaluation(evaluation.scores(), evaluation.findings(), "x").toJson());

        assertThat(stored.findingViews())
                .anySatisfy(f -> {
                    assertThat(f.get("rule")).isEqualTo("category-path");
                    assertThat(f.get("severity")).isEqualTo("warning");
                    assertThat((String) f.get("message")).contains("\"Furniture > Chairs\"");
                })
                .anySatisfy(f -> {
                    assertThat(f.get("rule")).isEqualTo("template-slot");
                    assertThat(f.get("severity")).isEqualTo("error");
                    assertThat((String) f.get("message")).contains("\"{product}\"");
                });
        assertThat(stored.blocked()).as("an unfilled slot blocks approval").isTrue();
    }
}
