package io.marketpilot.app.campaign;

import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.channels.email.SmtpChannel;
import io.marketpilot.channels.outbox.OutboxChannel;
import io.marketpilot.channels.webhook.WebhookChannel;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.Outbox;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Which channel carries each kind of campaign: e-mail through the SMTP relay when {@code smtp.host} is configured,
 * else into the outbox (stored, not delivered: every screen and CLI line says so); SMS and webhook campaigns through
 * the signed webhook channel when {@code webhook.url} is configured.
 */
public final class CampaignChannels {
    /** How screens and CLI lines name the outbox, so nobody takes it for delivery. */
    public static final String OUTBOX = "outbox: not delivered";

    private final Optional<Channel> email;
    private final Optional<Channel> webhook;
    private final Channel outbox;

    /**
     * @param email the e-mail channel, or empty to keep e-mail in the outbox
     * @param webhook the channel of SMS and webhook campaigns, or empty when none is configured
     * @param outbox the outbox channel
     */
    public CampaignChannels(Optional<Channel> email, Optional<Channel> webhook, Channel outbox) {
        this.email = email;
        this.webhook = webhook;
        this.outbox = outbox;
    }

    /** The channels the configuration names. */
    public static CampaignChannels configured(CampaignSettings settings, Outbox outbox, Clock clock) {
        return new CampaignChannels(
                settings.smtp().map(smtp -> new SmtpChannel("email", smtp, clock)),
                settings.webhook().map(hook -> new WebhookChannel("webhook", hook, clock)),
                new OutboxChannel("outbox", outbox, clock));
    }

    /** The channel for a campaign on {@code kind}; SMS or webhook without {@code webhook.url} cannot send. */
    public Channel channelFor(ChannelKind kind) {
        return switch (kind) {
            case EMAIL -> email.orElse(outbox);
            case SMS, WEBHOOK ->
                webhook.orElseThrow(() -> new MarketPilotException(
                        ErrorCode.CONFLICT,
                        "A " + kind.wireName() + " campaign sends through the webhook channel: set webhook.url and"
                                + " webhook.secret (MARKETPILOT_WEBHOOK_URL, MARKETPILOT_WEBHOOK_SECRET)",
                        Map.of("channel", kind.wireName())));
        };
    }

    /** Whether messages of {@code kind} stay in the outbox. */
    public boolean toOutbox(ChannelKind kind) {
        return kind == ChannelKind.EMAIL && email.isEmpty();
    }

    /** Whether messages of {@code kind} reach people: false for the outbox, and where no channel is configured. */
    public boolean reachesRecipients(ChannelKind kind) {
        return switch (kind) {
            case EMAIL -> email.map(Channel::reachesRecipients).orElse(false);
            case SMS, WEBHOOK -> webhook.map(Channel::reachesRecipients).orElse(false);
        };
    }

    /** Where messages of {@code kind} go, in words, e.g. {@code email} or {@code outbox: not delivered}. */
    public String describe(ChannelKind kind) {
        if (toOutbox(kind)) {
            return OUTBOX;
        }
        return switch (kind) {
            case EMAIL -> email.map(Channel::name).orElse(OUTBOX);
            case SMS, WEBHOOK -> webhook.map(Channel::name).orElse("webhook: not configured");
        };
    }

    /** The outbox channel, whatever else is configured (the demo's deliveries, tests). */
    public Channel outbox() {
        return outbox;
    }
}
