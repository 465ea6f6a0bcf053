package io.marketpilot.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.app.Application;
import io.marketpilot.app.classify.ClassifierService;
import io.marketpilot.app.classify.LabelledExamples;
import io.marketpilot.app.classify.LearnedIntents;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.assistant.chat.IntentDetector;
import io.marketpilot.text.classify.ClassifierSettings;
import io.marketpilot.text.classify.LabelledExample;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The support assistant with a trained intent model: trained on the demo's 300 labelled messages, it reads intents that
 * no cue phrase names, the rules still hear an explicit request for a person, and without the model the rules decide.
 */
class LearnedIntentsIT {
    private static List<LabelledExample> demoExamples() throws Exception {
        try (InputStream in = LearnedIntentsIT.class.getResourceAsStream("/demo/support/support-intents.csv")) {
            return LabelledExamples.read("support-intents.csv", in);
        }
    }

    @Test
    void aTrainedSupportIntentModelDecidesTurnsTheRulesMissAndTheRulesKeepTheHandOff(@TempDir Path dir)
            throws Exception {
        // a complaint without any of the rules' cue words
        String complaint = "Honestly this is the third time your shop has let me down and nobody seems to care";
        try (Services app = Application.open(new MarketPilotConfig(dir, null, null, null, "127.0.0.1", 0))) {
            String before = app.support.start("test", Optional.empty()).id();
            app.support.assistant().ask(before, complaint);
            assertThat(app.support.conversations().turns(before).getFirst().intent())
                    .as("the rules alone")
                    .isEqualTo(new IntentDetector().detect(complaint).wireName());

            app.classifiers
                    .train(new ClassifierService.TrainingRequest(
                            LearnedIntents.NAME, demoExamples(), ClassifierSettings.defaults(), true, "test"))
                    .join();
            String after = app.support.start("test", Optional.empty()).id();
            app.support.assistant().ask(after, complaint);
            String human = app.support.start("test", Optional.empty()).id();
            app.support.assistant().ask(human, "I want to speak to a manager about my parcel");

            assertThat(app.support.conversations().turns(after).getFirst().intent())
                    .isEqualTo("complaint");
            assertThat(app.support.conversations().turns(human).getFirst().intent())
                    .isEqualTo("handoff_request");
        }
    }
}
