package io.marketpilot.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.content.channel.Channel;
import io.marketpilot.content.channel.CopyRules;
import io.marketpilot.content.compose.OfflineComposer;
import io.marketpilot.content.prompt.PromptBuilder;
import io.marketpilot.content.prompt.PromptTemplates;
import io.marketpilot.content.score.BgeTextVectors;
import io.marketpilot.content.score.TextVectors;
import io.marketpilot.content.write.FewShotExample;
import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.OfflineLanguageModel;
import io.marketpilot.text.embedding.BilingualEmbedder;
import io.marketpilot.text.language.LanguageDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentGeneratorTest {
    static final TextVectors VECTORS = new BgeTextVectors(BilingualEmbedder.bgeSmall());
    static final OfflineComposer COMPOSER = new OfflineComposer();

    static ContentGenerator generator(LanguageModel model) {
        LanguageDetector languages = new LanguageDetector();
        return new ContentGenerator(
                model,
                COMPOSER,
                new PromptBuilder(new PromptTemplates(Optional.empty())),
                new VariantEvaluator(languages, VECTORS, text -> Optional.empty()),
                VECTORS);
    }

    static final String GOOD_SMS = "{\"text\": \"New cables are in. Reply STOP to opt out\"}";

    @Test
    void offlineGivesNDistinctAnglesOfValidCopyRecordedAsTheComposer() {
        Generation g = generator(new OfflineLanguageModel())
                .generate(Briefs.forSegment(Channel.EMAIL, "zh", "Bargain hunters", 4, 5), List.of(), "test");

        assertThat(g.variants()).hasSize(4);
        assertThat(new HashSet<>(g.variants().stream().map(Variant::angle).toList()))
                .hasSize(4);
        assertThat(g.variants().getFirst().angle()).isEqualTo("value");
        for (Variant v : g.variants()) {
            assertThat(v.provenance().provider()).isEqualTo("offline");
            assertThat(v.provenance().model()).isEqualTo("composer");
            assertThat(v.blocked()).as(v.findings().toString()).isFalse();
            assertThat(v.scores()).containsKeys("readability", "voiceSimilarity", "keywordCoverage");
            assertThat(v.scores().get("embeddingModel")).isEqualTo("bge-small-zh-v1.5-q");
        }
    }

    @Test
    void aModelThatBreaksTheLimitIsAskedOnceMoreWithTheErrors() {
        ScriptedModel model = new ScriptedModel()
                .answer("{\"text\": \"" + "Too long. ".repeat(20) + "\"}", "Sure! ```json\n" + GOOD_SMS + "\n```");

        Generation g = generator(model)
                .generate(Briefs.forSegment(Channel.SMS, "en", "Bargain hunters", 1, 1), List.of(), "test");

        Variant v = g.variants().getFirst();
        // the answer is stripped, so 20 × "Too long. " counts 199
        assertThat(v.copy().text("text")).isEqualTo("New cables are in. Reply STOP to opt out");
        assertThat(v.provenance().provider()).isEqualTo("scripted");
        assertThat(v.provenance().note()).startsWith("repaired after: text is 199 GSM-7 characters");
        assertThat(model.requests).hasSize(2);
        List<LlmMessage> repair = model.requests.get(1).messages();
        assertThat(repair.getLast().content()).contains("breaks these rules").contains("one SMS holds 160");
        assertThat(model.requests.getFirst().json()).isTrue();
        assertThat(model.requests.getFirst().feature()).isEqualTo("content.sms");
    }

    @Test
    void whenTheModelIsUnavailableTheComposerStepsInAndSaysWhy() {
        ScriptedModel model = new ScriptedModel();
        model.unavailable = true;

        Generation g = generator(model)
                .generate(Briefs.forSegment(Channel.AD, "en", "Gift shoppers", 2, 1), List.of(), "test");

        assertThat(g.variants()).hasSize(2).allSatisfy(v -> {
            assertThat(v.provenance().provider()).isEqualTo("offline");
            assertThat(v.provenance().note()).contains("scripted unavailable").contains("circuit open");
            assertThat(CopyRules.violations(
                            v.copy(),
                            Briefs.forSegment(Channel.AD, "en", "x", 1, 1).network()))
                    .isEmpty();
        });
        assertThat(model.requests)
                .as("no second call once the model is known to be down")
                .hasSize(1);
    }

    @Test
    void anAnswerThatStaysUnreadableFallsBackForThatVariant() {
        ScriptedModel model = new ScriptedModel().answer("I cannot do JSON", "{not json");

        Variant v = generator(model)
                .generate(Briefs.forSegment(Channel.SMS, "en", "Bargain hunters", 1, 1), List.of(), "test")
                .variants()
                .getFirst();

        assertThat(v.provenance().provider()).isEqualTo("offline");
        assertThat(v.provenance().note()).contains("unusable after one repair").contains("no JSON object");
    }

    @Test
    void fewShotExamplesPrecedeTheRequest() {
        ScriptedModel model = new ScriptedModel().answer(GOOD_SMS);

        generator(model)
                .generate(
                        Briefs.forSegment(Channel.SMS, "en", "Bargain hunters", 1, 1),
                        List.of(new FewShotExample("earlier brief", "{\"text\":\"Approved SMS\"}")),
                        "test");

        List<LlmMessage> m = model.requests.getFirst().messages();
        assertThat(m)
                .extracting(LlmMessage::role)
                .containsExactly(
                        LlmMessage.Role.SYSTEM, LlmMessage.Role.USER, LlmMessage.Role.ASSISTANT, LlmMessage.Role.USER);
        assertThat(m.get(2).content()).contains("Approved SMS");
        assertThat(m.getFirst().content()).contains("guaranteed").contains("English");
        assertThat(m.getLast().content()).contains("Bargain hunters").contains("Essential USB-C cable");
    }

    @Test
    void nearDuplicatesAreDropped() {
        ScriptedModel model = new ScriptedModel().answer(GOOD_SMS, GOOD_SMS, GOOD_SMS, GOOD_SMS);

        Generation g = generator(model)
                .generate(Briefs.forSegment(Channel.SMS, "en", "Bargain hunters", 2, 1), List.of(), "test");

        assertThat(g.variants()).hasSize(1);
        assertThat(g.droppedNearDuplicates()).isEqualTo(3);
    }
}
