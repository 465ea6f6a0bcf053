package io.marketpilot.app.web.api;

import io.javalin.http.Context;
import io.marketpilot.app.campaign.DeliveryNotice;
import io.marketpilot.app.campaign.DeliveryReports;
import io.marketpilot.app.web.auth.Access;
import io.marketpilot.channels.webhook.WebhookSignature;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.ChannelKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /webhooks/delivery}: where delivery providers report bounces and complaints. Public, since providers
 * hold no API key, but signed: the request carries {@code X-MarketPilot-Signature: t=…,v1=…}, the HMAC-SHA256 of
 * {@code t.body} under the configured {@code webhook.secret} (the scheme of {@link WebhookSignature}), made within five
 * minutes of the server's clock, and anything else is refused before the body is read. A hard bounce or a complaint
 * puts the address on the suppression list.
 */
public final class DeliveryWebhookApi {
    /** How far a signature's time may be from the server's: long enough for a provider's retry queue, short for replay. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final DeliveryReports reports;
    private final Optional<String> secret;
    private final Clock clock;

    /** @param secret the configured {@code webhook.secret}, or empty: then every report is refused */
    public DeliveryWebhookApi(DeliveryReports reports, Optional<String> secret, Clock clock) {
        this.reports = reports;
        this.secret = secret;
        this.clock = clock;
    }

    /** A provider's report: its notices. */
    public record ReportBody(@Nullable List<NoticeBody> events) {}

    /**
     * One notice: {@code type} hard_bounce, soft_bounce or complaint (bounce with {@code permanent} true is a hard
     * bounce), the recipient's address, the channel (default email) and the message's key when the provider echoes it.
     */
    public record NoticeBody(
            @Nullable String type,
            @Nullable Boolean permanent,
            @Nullable String recipient,
            @Nullable String channel,
            @Nullable String messageKey) {}

    public void register(ApiRegistry api) {
        api.post(
                        "/webhooks/delivery",
                        Access.PUBLIC,
                        "Webhooks (signed)",
                        "A delivery provider's report of bounces and complaints, signed with webhook.secret"
                                + " (X-MarketPilot-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"t.body\">)")
                .body("DeliveryReport")
                .returns("DeliveryReportResult")
                .fails(
                        ErrorCode.UNAVAILABLE,
                        "No webhook.secret is configured (MARKETPILOT_WEBHOOK_SECRET): reports cannot be verified")
                .handle(this::receive);
    }

    private void receive(Context ctx) {
        String key = secret.orElseThrow(() -> new MarketPilotException(
                ErrorCode.UNAVAILABLE,
                "Delivery reports are refused: no webhook.secret is configured to verify their signature"));
        byte[] body = Requests.rawBody(ctx);
        String header = ctx.header(WebhookSignature.HEADER);
        if (header == null || !WebhookSignature.verify(key, header, body, TOLERANCE, clock.instant())) {
            // 400 rather than 401: the route is public, and the caller proved nothing about who it is
            throw MarketPilotException.invalid("The " + WebhookSignature.HEADER
                    + " header does not sign this body with webhook.secret within " + TOLERANCE.toMinutes()
                    + " minutes of the server's clock");
        }
        ReportBody report = Requests.parse(body, ReportBody.class)
                .orElseThrow(() -> MarketPilotException.invalid("Send {\"events\": [...]}"));
        List<DeliveryNotice> notices = new ArrayList<>();
        for (NoticeBody n : report.events() == null ? List.<NoticeBody>of() : report.events()) {
            if (n == null) {
                continue;
            }
            notices.add(notice(n));
        }
        ctx.json(reports.record(notices, "delivery webhook"));
    }

    private static DeliveryNotice notice(NoticeBody n) {
        if (n.recipient() == null || n.recipient().isBlank()) {
            throw MarketPilotException.invalid("Every event names its recipient");
        }
        String type = n.type() == null
                ? ""
                : n.type().strip().toLowerCase(Locale.ROOT).replace('-', '_');
        DeliveryNotice.Kind kind =
                switch (type) {
                    case "hard_bounce" -> DeliveryNotice.Kind.HARD_BOUNCE;
                    case "soft_bounce" -> DeliveryNotice.Kind.SOFT_BOUNCE;
                    case "bounce" ->
                        Boolean.TRUE.equals(n.permanent())
                                ? DeliveryNotice.Kind.HARD_BOUNCE
                                : DeliveryNotice.Kind.SOFT_BOUNCE;
                    case "complaint", "spam", "spam_complaint" -> DeliveryNotice.Kind.COMPLAINT;
                    default ->
                        throw MarketPilotException.invalid(
                                "An event's type is hard_bounce, soft_bounce or complaint, not '" + n.type() + "'");
                };
        ChannelKind channel =
                n.channel() == null || n.channel().isBlank() ? ChannelKind.EMAIL : ChannelKind.parse(n.channel());
        return new DeliveryNotice(
                kind,
                channel,
                n.recipient().strip(),
                Optional.ofNullable(n.messageKey()).filter(k -> !k.isBlank()).map(String::strip));
    }
}
