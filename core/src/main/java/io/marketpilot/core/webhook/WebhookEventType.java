package io.marketpilot.core.webhook;

import io.marketpilot.core.MarketPilotException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The product's events a webhook subscription can ask for, each with the name it has on the wire. */
public enum WebhookEventType {
    MESSAGE_SENT("message.sent"),
    MESSAGE_OPENED("message.opened"),
    MESSAGE_CLICKED("message.clicked"),
    MESSAGE_BOUNCED("message.bounced"),
    CONTACT_UNSUBSCRIBED("contact.unsubscribed"),
    JOURNEY_ENTERED("journey.entered"),
    JOURNEY_EXITED("journey.exited"),
    EXPERIMENT_DECIDED("experiment.decided"),
    CONVERSATION_ESCALATED("conversation.escalated"),
    SEGMENT_RUN_FINISHED("segment.run_finished");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name subscribers see and give, e.g. {@code message.sent}. */
    public String wireName() {
        return wireName;
    }

    /** The type named {@code text} (its wire name, any case); an unknown name is refused, listing the known. */
    public static WebhookEventType parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.wireName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> MarketPilotException.invalid("unknown webhook event type '" + text + "'; known: "
                        + Arrays.stream(values())
                                .map(WebhookEventType::wireName)
                                .collect(Collectors.joining(", "))));
    }
}
