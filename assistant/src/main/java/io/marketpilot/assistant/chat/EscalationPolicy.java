package io.marketpilot.assistant.chat;

import io.marketpilot.core.support.Speaker;
import io.marketpilot.core.support.Turn;
import java.util.List;
import java.util.Optional;

/**
 * When a conversation goes to a human: the customer asks for one, is angry (a turn's sentiment at or below
 * {@value #ANGER}, or a complaint at or below {@value #COMPLAINT_ANGER}), or the assistant failed to answer
 * {@value #FAILURES} times in a row. A two-class model's score (the learned Chinese head) says how sure it is of
 * the polarity, not how strong the feeling is, so from it only a negative complaint counts as anger.
 */
public final class EscalationPolicy {
    /** VADER compound of e.g. "This is terrible, I am really angry" (-0.82); mild annoyance stays above. */
    public static final double ANGER = -0.6;
    /** A complaint escalates from milder negativity than an ordinary message. */
    public static final double COMPLAINT_ANGER = -0.3;
    /** Consecutive "I don't know" answers after which a human takes over. */
    public static final int FAILURES = 2;

    /** The reason to hand off before answering this turn, if any. */
    public Optional<String> beforeAnswer(Intent intent, SentimentReader.Reading reading) {
        double sentiment = reading.score();
        if (intent == Intent.HANDOFF_REQUEST) {
            return Optional.of("explicit request");
        }
        if (reading.intensity() && sentiment <= ANGER) {
            return Optional.of(String.format(java.util.Locale.ROOT, "anger (sentiment %.2f)", sentiment));
        }
        if (intent == Intent.COMPLAINT && sentiment <= COMPLAINT_ANGER) {
            return Optional.of(String.format(java.util.Locale.ROOT, "complaint (sentiment %.2f)", sentiment));
        }
        return Optional.empty();
    }

    /** The reason to hand off after an unanswered turn, given the conversation's earlier turns. */
    public Optional<String> afterUnanswered(List<Turn> earlier) {
        int failures = 1;
        for (int i = earlier.size() - 1; i >= 0 && failures < FAILURES; i--) {
            Turn t = earlier.get(i);
            if (t.speaker() != Speaker.ASSISTANT) {
                continue;
            }
            if (!t.outcome().equals(Answer.NOT_FOUND)) {
                break;
            }
            failures++;
        }
        return failures >= FAILURES ? Optional.of("repeated failure to answer") : Optional.empty();
    }
}
