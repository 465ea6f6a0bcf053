package io.marketpilot.app.campaign;

import io.marketpilot.content.write.CopyParser;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.delivery.MessageMetadata;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.delivery.Unsubscribe;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes one recipient's message from a campaign's approved content: the merge fields filled ({@code {{first_name}}},
 * {@code {{name}}}, {@code {{recommended_products}}} (also the composer's {@code {{picked_for_you}}}) and
 * {@code {{offer}}}), a text and an HTML part for e-mail, every link in the copy rewritten to a signed click redirect,
 * the call to action linked to {@code campaigns.shop-url} the same way, an open pixel, and the signed one-click
 * unsubscribe and preference links in the footer and in {@code List-Unsubscribe}.
 *
 * <p>Rendering is deterministic for a queued message: its links are issued at the message's due time, so a message
 * rendered again after a crash is the same message, byte for byte.
 */
public final class MessageRenderer {
    /** A web link in the copy, without the punctuation that usually follows one in a sentence. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    private final TrackingLinks links;
    private final Optional<URI> shopUrl;

    public MessageRenderer(TrackingLinks links, Optional<URI> shopUrl) {
        this.links = links;
        this.shopUrl = shopUrl;
    }

    /**
     * The message for {@code recipient} of {@code campaign}, written from {@code item} and sent through the channel
     * named {@code channelName}.
     *
     * @param variant the recipient's variant, kept in the message's metadata
     * @param issuedAt when its links are issued: the queued message's due time
     */
    public OutgoingMessage render(
            Campaign campaign,
            ContentItem item,
            Optional<String> variant,
            Recipient recipient,
            String channelName,
            Instant issuedAt) {
        return render(campaign, item, variant, recipient, channelName, issuedAt, 0);
    }

    /**
     * As {@link #render(Campaign, ContentItem, Optional, Recipient, String, Instant)}, for one occurrence of the
     * message (a journey's entry): its key, and so its Message-ID and idempotency key, name the occurrence.
     */
    public OutgoingMessage render(
            Campaign campaign,
            ContentItem item,
            Optional<String> variant,
            Recipient recipient,
            String channelName,
            Instant issuedAt,
            long occurrence) {
        SendKey key = new SendKey(campaign.id(), recipient.customerId(), occurrence);
        Map<String, Object> fields = CopyParser.storedFields(item.fields());
        boolean chinese = item.target().language().equals("zh");
        URI unsubscribe = links.unsubscribe(campaign.id(), recipient.customerId(), issuedAt);
        URI preferences = links.preferences(campaign.id(), recipient.customerId(), issuedAt);
        MessageMetadata metadata = MessageMetadata.campaign(campaign.id(), recipient.customerId())
                .withContent(String.valueOf(item.id()), variant.orElse(String.valueOf(item.id())));
        OutgoingMessage.Builder message;
        if (campaign.channel() == ChannelKind.EMAIL) {
            String subject = merge(field(fields, "subject", item), recipient, chinese);
            String body = merge(field(fields, "body", item), recipient, chinese);
            Optional<String> cta = text(fields, "cta").map(c -> merge(c, recipient, chinese));
            Optional<String> preheader = text(fields, "preheader").map(p -> merge(p, recipient, chinese));
            Links tracked = new Links(campaign.id(), recipient.customerId(), issuedAt);
            message = OutgoingMessage.builder(
                            key.idempotencyKey(),
                            channelName,
                            recipient.address(),
                            textPart(body, cta, tracked, unsubscribe, preferences, chinese))
                    .subject(subject)
                    .html(htmlPart(subject, preheader, body, cta, tracked, unsubscribe, preferences, chinese))
                    .unsubscribe(Unsubscribe.web(unsubscribe));
        } else {
            String text = fields.containsKey("text") ? field(fields, "text", item) : field(fields, "body", item);
            String merged = merge(text, recipient, chinese);
            Links tracked = new Links(campaign.id(), recipient.customerId(), issuedAt);
            String stop = (chinese ? " 退订: " : " Stop: ") + unsubscribe;
            message = OutgoingMessage.builder(
                            key.idempotencyKey(), channelName, recipient.address(), tracked.inText(merged) + stop)
                    .unsubscribe(Unsubscribe.web(unsubscribe));
        }
        return message.header("X-MarketPilot-Campaign", campaign.id())
                .metadata(metadata)
                .build();
    }

    /** The merge fields filled for one recipient; a placeholder this renderer does not know is dropped. */
    static String merge(String text, Recipient recipient, boolean chinese) {
        String products = String.join(chinese ? "、" : ", ", recipient.recommendedProducts());
        String picked =
                products.isEmpty() ? "" : (chinese ? "为你精选：" : "Picked for you: ") + products + (chinese ? "。" : ".");
        String greeting = recipient.firstName().orElse(chinese ? "亲爱的顾客" : "there");
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value =
                    switch (m.group(1)) {
                        case "first_name" -> greeting;
                        case "name" ->
                            recipient
                                    .name()
                                    .map(String::strip)
                                    .filter(n -> !n.isEmpty())
                                    .orElse(greeting);
                        case "recommended_products" -> products;
                        case "picked_for_you" -> picked;
                        case "offer" -> recipient.offer();
                        default -> "";
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        // a field left empty (no recommendations) leaves no blank paragraph behind
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private String textPart(
            String body, Optional<String> cta, Links tracked, URI unsubscribe, URI preferences, boolean chinese) {
        StringBuilder text = new StringBuilder(tracked.inText(body));
        cta.ifPresent(c -> {
            text.append("\n\n").append(c);
            shopUrl.ifPresent(shop -> text.append(": ").append(tracked.click(shop.toString())));
        });
        text.append("\n\n--\n")
                .append(chinese ? "退订: " : "Unsubscribe: ")
                .append(unsubscribe)
                .append('\n')
                .append(chinese ? "订阅偏好: " : "Your preferences: ")
                .append(preferences)
                .append('\n');
        return text.toString();
    }

    private String htmlPart(
            String subject,
            Optional<String> preheader,
            String body,
            Optional<String> cta,
            Links tracked,
            URI unsubscribe,
            URI preferences,
            boolean chinese) {
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(chinese ? "zh" : "en")
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject))
                .append("</title></head>\n<body style=\"font-family:Arial,sans-serif;line-height:1.5;color:#222\">\n");
        preheader.ifPresent(p -> html.append("<div style=\"display:none;max-height:0;overflow:hidden\">")
                .append(escape(p))
                .append("</div>\n"));
        for (String paragraph : body.split("\n\\s*\n")) {
            html.append("<p>")
                    .append(tracked.inHtml(paragraph).replace("\n", "<br>\n"))
                    .append("</p>\n");
        }
        cta.ifPresent(c -> {
            if (shopUrl.isPresent()) {
                html.append("<p><a href=\"")
                        .append(escape(tracked.click(shopUrl.get().toString())))
                        .append("\" style=\"display:inline-block;padding:10px 18px;background:#1f6feb;color:#fff;")
                        .append("text-decoration:none;border-radius:4px\">")
                        .append(escape(c))
                        .append("</a></p>\n");
            } else {
                html.append("<p><strong>").append(escape(c)).append("</strong></p>\n");
            }
        });
        html.append("<hr>\n<p style=\"font-size:12px;color:#666\"><a href=\"")
                .append(escape(unsubscribe.toString()))
                .append("\">")
                .append(chinese ? "退订" : "Unsubscribe")
                .append("</a> · <a href=\"")
                .append(escape(preferences.toString()))
                .append("\">")
                .append(chinese ? "订阅偏好" : "Your preferences")
                .append("</a></p>\n<img src=\"")
                .append(escape(tracked.open()))
                .append("\" width=\"1\" height=\"1\" alt=\"\">\n</body>\n</html>\n");
        return html.toString();
    }

    private static String field(Map<String, Object> fields, String name, ContentItem item) {
        return text(fields, name)
                .orElseThrow(() -> MarketPilotException.invalid(
                        "Content " + item.id() + " has no '" + name + "' field to send; it has " + fields.keySet()));
    }

    private static Optional<String> text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(String.valueOf(x)));
            return Optional.of(String.join("\n", parts)).filter(s -> !s.isBlank());
        }
        return Optional.ofNullable(value).map(String::valueOf).filter(s -> !s.isBlank());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One recipient's signed links. */
    private final class Links {
        private final String campaignId;
        private final String customerId;
        private final Instant issuedAt;

        Links(String campaignId, String customerId, Instant issuedAt) {
            this.campaignId = campaignId;
            this.customerId = customerId;
            this.issuedAt = issuedAt;
        }

        String click(String target) {
            return links.click(campaignId, customerId, target, issuedAt).toString();
        }

        String open() {
            return links.open(campaignId, customerId, issuedAt).toString();
        }

        /** Plain text with every link replaced by its click redirect. */
        String inText(String text) {
            Matcher m = LINK.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(click(m.group())));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** Escaped HTML with every link made an anchor to its click redirect, showing the original address. */
        String inHtml(String text) {
            Matcher m = LINK.matcher(text);
            StringBuilder out = new StringBuilder();
            int last = 0;
            while (m.find()) {
                out.append(escape(text.substring(last, m.start())))
                        .append("<a href=\"")
                        .append(escape(click(m.group())))
                        .append("\">")
                        .append(escape(m.group()))
                        .append("</a>");
                last = m.end();
            }
            return out.append(escape(text.substring(last))).toString();
        }
    }
}
