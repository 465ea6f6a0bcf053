package io.marketpilot.core.delivery;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.input.TextRules;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One message to one recipient, ready to leave through a {@link Channel}. It is checked here, where it is built, so
 * that every channel can trust it: no header field can be injected through a line break, and no value is wider than a
 * channel or the outbox takes. Build one with {@link #builder}.
 *
 * @param key the idempotency key: one per message meant to exist, e.g. {@code campaign:customer}. Channels send it
 *     along ({@code X-MarketPilot-Message-Key}) or store it, so that a retry after a crash is recognised as the same
 *     message rather than a second one. Printable ASCII, because it travels in header fields as it is
 * @param channel the name of the channel it is meant for, e.g. {@code email}, {@code sms}, {@code outbox}
 * @param recipient where it goes: an e-mail address, a phone number or a receiver's own id; the channel judges its form
 *     (a malformed address is the channel's permanent failure, not an exception here)
 * @param subject the subject line; empty for SMS
 * @param text the plain-text body: e-mail's text part, the SMS text
 * @param html the HTML body; empty for a text-only message
 * @param unsubscribe the recipient's unsubscribe links; every marketing e-mail carries them
 * @param headers further header fields for the receiver (e.g. {@code Reply-To}, {@code X-Campaign}); names are unique
 *     ignoring case, and never one that a channel writes itself ({@link #RESERVED_HEADERS})
 * @param metadata what it belongs to: campaign, customer, content, variant
 */
public record OutgoingMessage(
        String key,
        String channel,
        String recipient,
        Optional<String> subject,
        String text,
        Optional<String> html,
        Optional<Unsubscribe> unsubscribe,
        Map<String, String> headers,
        MessageMetadata metadata) {
    /** Two ids and a separator fit: {@code campaign:customer}. */
    public static final int KEY_LIMIT = 200;
    /** A subject, like any header line, stays under RFC 5322's 998 characters. */
    public static final int SUBJECT_LIMIT = 900;
    /** A body, text or HTML. */
    public static final int BODY_LIMIT = 1_000_000;
    /** A further header field's value. */
    public static final int HEADER_VALUE_LIMIT = 900;

    /**
     * Header fields the channels write from the message's own components, so that a caller cannot overwrite them
     * through {@link #headers} (lower case).
     */
    public static final Set<String> RESERVED_HEADERS = Set.of(
            "from",
            "sender",
            "to",
            "cc",
            "bcc",
            "subject",
            "date",
            "message-id",
            "mime-version",
            "content-type",
            "content-transfer-encoding",
            "return-path",
            "received",
            "list-unsubscribe",
            "list-unsubscribe-post",
            "x-marketpilot-message-key",
            "x-marketpilot-signature");

    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** RFC 5322 field names: printable ASCII except the colon. */
    private static final Pattern HEADER_NAME = Pattern.compile("[!-9;-~]{1,76}");

    public OutgoingMessage {
        key = MessageRules.ascii("message key", MessageRules.required("message key", key, KEY_LIMIT));
        channel = MessageRules.required("channel", channel, FieldLimits.CHANNEL);
        if (!CHANNEL_NAME.matcher(channel).matches()) {
            throw MarketPilotException.invalid(
                    "channel must be a lower-case name of letters, digits, '-' and '_', not '" + channel + "'");
        }
        recipient = MessageRules.required("recipient", recipient, FieldLimits.EMAIL);
        subject = MessageRules.optionalLine("subject", subject, SUBJECT_LIMIT);
        Objects.requireNonNull(text, "text");
        if (TextRules.isBlank(text)) {
            throw MarketPilotException.invalid("text is required: every message has a plain-text body");
        }
        text = MessageRules.text("text", text, BODY_LIMIT);
        html = MessageRules.optionalText("html", html, BODY_LIMIT);
        Objects.requireNonNull(unsubscribe, "unsubscribe");
        headers = checkedHeaders(headers);
        Objects.requireNonNull(metadata, "metadata");
    }

    /** A message with the parts every message has; the builder adds the optional ones. */
    public static Builder builder(String key, String channel, String recipient, String text) {
        return new Builder(key, channel, recipient, text);
    }

    /** The same message for another channel (a fallback, the outbox instead of SMTP). */
    public OutgoingMessage withChannel(String newChannel) {
        return new OutgoingMessage(key, newChannel, recipient, subject, text, html, unsubscribe, headers, metadata);
    }

    private static Map<String, String> checkedHeaders(Map<String, String> headers) {
        Objects.requireNonNull(headers, "headers");
        Map<String, String> checked = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> {
            if (!HEADER_NAME.matcher(name).matches()) {
                throw MarketPilotException.invalid(
                        "header name '" + name + "' must be 1 to 76 printable ASCII characters without ':' or spaces");
            }
            if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw MarketPilotException.invalid(
                        "header " + name + " is written by the channel from the message itself and cannot be set");
            }
            String field = "header " + name;
            String clean = MessageRules.required(field, value, HEADER_VALUE_LIMIT);
            if (checked.put(name, clean) != null) {
                throw MarketPilotException.invalid("header " + name + " is given twice (names ignore case)");
            }
        });
        return Collections.unmodifiableMap(checked);
    }

    /** Builds an {@link OutgoingMessage}; only {@link #build} checks the values. */
    public static final class Builder {
        private final String key;
        private final String channel;
        private final String recipient;
        private final String text;
        private Optional<String> subject = Optional.empty();
        private Optional<String> html = Optional.empty();
        private Optional<Unsubscribe> unsubscribe = Optional.empty();
        private final Map<String, String> headers = new TreeMap<>();
        private MessageMetadata metadata = MessageMetadata.none();

        private Builder(String key, String channel, String recipient, String text) {
            this.key = key;
            this.channel = channel;
            this.recipient = recipient;
            this.text = text;
        }

        public Builder subject(String value) {
            this.subject = Optional.of(value);
            return this;
        }

        public Builder html(String value) {
            this.html = Optional.of(value);
            return this;
        }

        public Builder unsubscribe(Unsubscribe value) {
            this.unsubscribe = Optional.of(value);
            return this;
        }

        /** Adds one further header field (see {@link OutgoingMessage#headers}). */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder metadata(MessageMetadata value) {
            this.metadata = value;
            return this;
        }

        public OutgoingMessage build() {
            return new OutgoingMessage(key, channel, recipient, subject, text, html, unsubscribe, headers, metadata);
        }
    }
}
