package io.marketpilot.campaigns.audience;

import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whether a customer's latest consents allow a campaign's message on a channel. The topics that apply are "all" and,
 * if the campaign has one, its topic; each must be {@code opted_in} (or unknown where the {@link ConsentPolicy}
 * allows it for an existing customer). An opt-out on any applicable topic excludes; a pending double opt-in is not a
 * consent. Every channel follows the same rule: e-mail and SMS law alike ask for prior consent.
 */
public final class ConsentRule {
    private ConsentRule() {}

    /**
     * Whether the customer may be sent a message on {@code channel} under {@code topic}.
     *
     * @param latest the customer's latest consent per topic (on any channel: others are ignored)
     * @param topic the campaign's topic beyond "all", if any
     * @param existingCustomer whether they bought before (the ground the legitimate-interest policy needs)
     */
    public static boolean allows(
            Collection<Consent> latest,
            ChannelKind channel,
            Optional<String> topic,
            boolean existingCustomer,
            ConsentPolicy policy) {
        for (String t : topics(topic)) {
            boolean ok =
                    switch (latestStatus(latest, channel, t)) {
                        case OPTED_IN -> true;
                        case UNKNOWN -> existingCustomer && policy.unknownAllowedForExistingCustomers();
                        case PENDING, OPTED_OUT -> false;
                    };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the customer said no since: the latest consent on an applicable topic is an opt-out or a double opt-in
     * still pending. A sender checks this just before a message leaves, so that nothing said after the audience was
     * resolved is overridden; it does not judge again what the policy let in (an unknown status stays admitted).
     */
    public static boolean withdrawn(Collection<Consent> latest, ChannelKind channel, Optional<String> topic) {
        return topics(topic).stream().map(t -> latestStatus(latest, channel, t)).anyMatch(s -> switch (s) {
            case OPTED_OUT, PENDING -> true;
            case OPTED_IN, UNKNOWN -> false;
        });
    }

    private static List<String> topics(Optional<String> topic) {
        return topic.filter(t -> !t.equals(Consent.ALL_TOPICS))
                .map(t -> List.of(Consent.ALL_TOPICS, t))
                .orElse(List.of(Consent.ALL_TOPICS));
    }

    private static ConsentStatus latestStatus(Collection<Consent> latest, ChannelKind channel, String topic) {
        return latest.stream()
                .filter(c -> c.channel() == channel && c.topic().equals(topic))
                .max((a, b) -> a.at().compareTo(b.at()))
                .map(Consent::status)
                .orElse(ConsentStatus.UNKNOWN);
    }
}
