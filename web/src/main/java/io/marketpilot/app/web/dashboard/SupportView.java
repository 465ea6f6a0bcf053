package io.marketpilot.app.web.dashboard;

import io.marketpilot.assistant.kb.SourceInfo;
import io.marketpilot.core.support.Conversation;
import io.marketpilot.core.support.ConversationStatus;
import io.marketpilot.core.support.Turn;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the "Support" page shows: counts, the hand-off queue, recent conversations, the selected transcript with
 * its reply box, the knowledge-base sources and the questions it could not answer.
 */
public record SupportView(
        Frame frame,
        Map<ConversationStatus, Long> counts,
        List<Conversation> queue,
        List<Conversation> recent,
        Optional<Conversation> selected,
        List<Turn> transcript,
        boolean canReply,
        List<SourceInfo> sources,
        List<Turn> unanswered,
        String answeredBy) {

    public long count(ConversationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public static String sentiment(Turn t) {
        return t.speaker() == io.marketpilot.core.support.Speaker.CUSTOMER
                ? String.format(java.util.Locale.ROOT, "%+.2f", t.sentiment())
                : "";
    }
}
