package io.marketpilot.app.campaign;

import java.util.List;

/**
 * What a recipient sees on their signed preference page: their consent per topic on the channel ({@code all} first),
 * each with its status (wire name: opted_in, opted_out, pending, unknown).
 */
public record PreferencePage(String customerId, String channel, List<TopicChoice> topics) {
    public PreferencePage {
        topics = List.copyOf(topics);
    }

    /** One topic and the recipient's current choice. */
    public record TopicChoice(String topic, String status) {}
}
