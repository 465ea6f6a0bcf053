package io.marketpilot.app.web.tracking;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The recipient's preference page: their own choices on one channel and nothing else (no name, address or id), the
 * form's address (the link's own path, so the token is the only credential), and a line saying what was just done.
 *
 * @param message what the last action did, or null when the page was only opened
 */
public record PreferenceView(
        String action,
        String channel,
        List<Topic> topics,
        @Nullable String message) {
    public PreferenceView {
        topics = List.copyOf(topics);
    }

    /** One topic: its name as shown, whether the recipient is subscribed, and its status in words. */
    public record Topic(String name, String label, boolean subscribed, String status) {}
}
