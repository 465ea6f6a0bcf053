package io.marketpilot.journeys.definition;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;

/** What an update step changes on the customer's record. */
public sealed interface Change {
    /** Adds a tag (e.g. {@code welcomed}). */
    record AddTag(String tag) implements Change {
        public AddTag {
            Rules.name(tag, "tag");
        }
    }

    /** Removes a tag. */
    record RemoveTag(String tag) implements Change {
        public RemoveTag {
            Rules.name(tag, "tag");
        }
    }

    /**
     * Records a consent on a topic of a channel, as the journey's own act (its source names the journey); an opt-in
     * should only follow a customer's own request, e.g. a confirmed double opt-in event.
     */
    record SetConsent(ChannelKind channel, String topic, boolean optedIn) implements Change {
        public SetConsent {
            Rules.present(channel, "channel");
            Rules.present(topic, "topic");
            if (!topic.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
                // the rule core's Consent record applies, so a journey cannot name a topic the store would refuse
                throw MarketPilotException.invalid("topic '" + topic
                        + "' is not a topic: 1-64 lower-case letters, digits, '-' or '_', starting with a letter or"
                        + " digit");
            }
        }
    }
}
