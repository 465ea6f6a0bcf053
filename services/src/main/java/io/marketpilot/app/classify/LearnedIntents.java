package io.marketpilot.app.classify;

import io.marketpilot.assistant.chat.Intent;
import io.marketpilot.assistant.chat.IntentDetector;
import io.marketpilot.assistant.chat.IntentSource;
import io.marketpilot.text.classify.ClassifierOutcome;
import java.util.Optional;

/**
 * The support assistant's intents from the shop's own models: an active classifier named {@value #NAME}, or {@value
 * #NAME}{@code -}suffix (one per language, since a classifier reads one: {@code support-intent-zh}), that reads the
 * turn's language decides its intent where it is confident and its label names one of the assistant's intents
 * ({@code question}, {@code order_issue}, {@code complaint}, {@code purchase}, {@code handoff_request}); otherwise, and
 * for a text in the other language, the cue-phrase rules decide, so a weak model never silences an explicit request
 * for a person that the rules would have heard.
 */
public final class LearnedIntents implements IntentSource {
    /** The classifier name the assistant looks for. */
    public static final String NAME = "support-intent";
    /** Below this calibrated confidence the model's answer is not trusted over the rules. */
    static final double MIN_CONFIDENCE = 0.5;

    private final ClassifierService classifiers;
    private final IntentDetector rules = new IntentDetector();

    public LearnedIntents(ClassifierService classifiers) {
        this.classifiers = classifiers;
    }

    @Override
    public Intent detect(String text) {
        Intent byRules = rules.detect(text);
        if (byRules == Intent.HANDOFF_REQUEST) {
            return byRules; // an explicit request for a person is always honoured
        }
        return learned(text).orElse(byRules);
    }

    private Optional<Intent> learned(String text) {
        return classifiers.active(NAME).flatMap(model -> switch (model.classify(text)) {
            case ClassifierOutcome.Classified c
            when c.prediction().confidence() >= MIN_CONFIDENCE ->
                IntentDetector.named(c.prediction().label());
            default -> Optional.empty();
        });
    }
}
