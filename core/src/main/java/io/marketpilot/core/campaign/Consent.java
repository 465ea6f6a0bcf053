package io.marketpilot.core.campaign;

import io.marketpilot.core.input.FieldLimits;
import java.time.Instant;

/**
 * One statement of a customer's consent to marketing on a channel and topic. Consent history is append-only: the
 * latest record per (customer, channel, topic) decides, and the earlier ones stay as the answer to "what did this
 * person agree to, when, and how do we know".
 *
 * @param topic {@value #ALL_TOPICS} for every marketing message on the channel, or a named topic (e.g.
 *     {@code newsletter}, {@code offers})
 * @param proof what shows it: the request id, the import file and line, or the IP address and user agent
 */
public record Consent(
        String customerId,
        ChannelKind channel,
        String topic,
        ConsentStatus status,
        ConsentSource source,
        Instant at,
        String proof) {
    /** The topic that stands for every marketing message on a channel. */
    public static final String ALL_TOPICS = "all";

    public Consent {
        Check.id(customerId, "customer id", FieldLimits.ID);
        Check.present(channel, "channel");
        Check.topic(topic, "topic");
        Check.present(status, "consent status");
        Check.present(source, "consent source");
        Check.present(at, "consent time");
        Check.filledText(proof, "proof", FieldLimits.CONSENT_PROOF);
    }

    /** Whether this record is about every topic of its channel rather than one named topic. */
    public boolean coversAllTopics() {
        return ALL_TOPICS.equals(topic);
    }
}
