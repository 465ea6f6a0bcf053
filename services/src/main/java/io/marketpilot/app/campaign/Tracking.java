package io.marketpilot.app.campaign;

import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.campaigns.links.LinkPurpose;
import io.marketpilot.campaigns.links.LinkSigner;
import io.marketpilot.campaigns.links.LinkToken;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentSource;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.campaign.Suppression;
import io.marketpilot.core.campaign.SuppressionReason;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.webhook.WebhookEventType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What recipients do through their signed links: an open (the pixel), a click (redirected to the target signed into
 * the link, never to one from the request: no open redirect), a one-click unsubscribe (opted out of everything on the
 * channel and suppressed), the preference page (read and saved per topic), and a double opt-in's confirmation. Each
 * becomes a campaign event, counted once per customer (an open) or per customer and target (a click); opens and
 * clicks of an experiment's content also feed the experiment with the variant queued for that recipient, read from
 * the send queue (the link carries no variant, so a request cannot name another arm): a bandit's click reward goes to
 * the arm the recipient was sent. A token that was altered, made for another purpose or expired is refused before
 * anything is recorded.
 */
public final class Tracking {
    private final CampaignStores stores;
    private final CustomerRepository customers;
    private final LinkSigner signer;
    private final AddressHasher hasher;
    private final ExperimentFeed experiments;
    private final WebhookEvents webhooks;
    private final Clock clock;

    Tracking(
            CampaignStores stores,
            CustomerRepository customers,
            LinkSigner signer,
            AddressHasher hasher,
            ExperimentFeed experiments,
            WebhookEvents webhooks,
            Clock clock) {
        this.stores = stores;
        this.customers = customers;
        this.signer = signer;
        this.hasher = hasher;
        this.experiments = experiments;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** The open pixel was fetched. */
    public TrackedEvent open(String token) {
        Instant now = clock.instant();
        LinkToken link = signer.verify(token, LinkPurpose.OPEN, now);
        boolean counted = record(link, CampaignEventKind.OPEN, "open:" + key(link), "", now);
        if (counted) {
            campaign(link).ifPresent(c -> experiments.exposure(c, link.customerId(), sentVariant(link)));
            webhooks.publish(
                    WebhookEventType.MESSAGE_OPENED,
                    "message.opened:" + key(link),
                    Map.of("campaignId", link.campaignId(), "customerId", link.customerId()));
        }
        return new TrackedEvent(link.campaignId(), link.customerId(), CampaignEventKind.OPEN.wireName(), counted);
    }

    /** A tracked link was followed: the click is recorded and the signed target returned for the redirect. */
    public ClickThrough click(String token) {
        Instant now = clock.instant();
        LinkToken link = signer.verify(token, LinkPurpose.CLICK, now);
        String target = link.target().orElseThrow(() -> MarketPilotException.invalid("A click link has no target"));
        boolean counted = record(
                link,
                CampaignEventKind.CLICK,
                "click:" + key(link) + ":" + shortHash(target),
                target.length() <= FieldLimits.CAMPAIGN_EVENT_DETAIL
                        ? target
                        : target.substring(0, FieldLimits.CAMPAIGN_EVENT_DETAIL),
                now);
        if (counted) {
            campaign(link).ifPresent(c -> experiments.click(c, link.customerId(), sentVariant(link)));
            webhooks.publish(
                    WebhookEventType.MESSAGE_CLICKED,
                    "message.clicked:" + key(link) + ":" + shortHash(target),
                    Map.of("campaignId", link.campaignId(), "customerId", link.customerId(), "url", target));
        }
        return new ClickThrough(
                URI.create(target),
                new TrackedEvent(link.campaignId(), link.customerId(), CampaignEventKind.CLICK.wireName(), counted));
    }

    /**
     * One-click unsubscribe (RFC 8058): the customer is opted out of every topic on the campaign's channel and their
     * address suppressed there. Repeating it changes nothing more.
     */
    public Unsubscribed unsubscribe(String token) {
        Instant now = clock.instant();
        LinkToken link = signer.verify(token, LinkPurpose.UNSUBSCRIBE, now);
        ChannelKind channel = campaign(link).map(Campaign::channel).orElse(ChannelKind.EMAIL);
        stores.consents()
                .record(new Consent(
                        link.customerId(),
                        channel,
                        Consent.ALL_TOPICS,
                        ConsentStatus.OPTED_OUT,
                        ConsentSource.ONE_CLICK_UNSUBSCRIBE,
                        now,
                        "one-click unsubscribe from campaign " + link.campaignId() + " (link issued " + link.issuedAt()
                                + ")"));
        boolean suppressed = customers
                .find(link.customerId())
                .flatMap(c -> RecipientFacts.address(c, channel))
                .map(address -> stores.suppressions()
                        .add(new Suppression(
                                hasher.hash(channel, address),
                                channel,
                                SuppressionReason.UNSUBSCRIBED,
                                now,
                                "one-click unsubscribe from campaign " + link.campaignId())))
                .orElse(false);
        unsubscribed(link, channel, "one_click_unsubscribe", now);
        return new Unsubscribed(link.campaignId(), link.customerId(), channel.wireName(), suppressed);
    }

    /** Records the unsubscribe once per campaign and customer, and announces it to webhook subscribers that once. */
    private void unsubscribed(LinkToken link, ChannelKind channel, String source, Instant now) {
        if (record(link, CampaignEventKind.UNSUBSCRIBE, "unsubscribe:" + key(link), "", now)) {
            webhooks.publish(
                    WebhookEventType.CONTACT_UNSUBSCRIBED,
                    "contact.unsubscribed:" + key(link),
                    Map.of(
                            "customerId", link.customerId(),
                            "campaignId", link.campaignId(),
                            "channel", channel.wireName(),
                            "source", source));
        }
    }

    /** The recipient's preference page: their status per topic on the campaign's channel, "all" first. */
    public PreferencePage preferences(String token) {
        LinkToken link = verifyPreferences(token);
        ChannelKind channel = campaign(link).map(Campaign::channel).orElse(ChannelKind.EMAIL);
        return page(link.customerId(), channel, campaign(link).flatMap(Campaign::topic));
    }

    /**
     * Saves the recipient's choices from their preference page (topic to opted in or out); opting out of "all"
     * unsubscribes them from the channel altogether, suppression included.
     */
    public PreferencePage savePreferences(String token, Map<String, Boolean> choices) {
        LinkToken link = verifyPreferences(token);
        ChannelKind channel = campaign(link).map(Campaign::channel).orElse(ChannelKind.EMAIL);
        Instant now = clock.instant();
        choices.forEach((topic, in) -> stores.consents()
                .record(new Consent(
                        link.customerId(),
                        channel,
                        topic,
                        in ? ConsentStatus.OPTED_IN : ConsentStatus.OPTED_OUT,
                        ConsentSource.PREFERENCE_PAGE,
                        now,
                        "preference page of campaign " + link.campaignId() + " (link issued " + link.issuedAt()
                                + ")")));
        if (Boolean.FALSE.equals(choices.get(Consent.ALL_TOPICS))) {
            customers
                    .find(link.customerId())
                    .flatMap(c -> RecipientFacts.address(c, channel))
                    .ifPresent(address -> stores.suppressions()
                            .add(new Suppression(
                                    hasher.hash(channel, address),
                                    channel,
                                    SuppressionReason.UNSUBSCRIBED,
                                    now,
                                    "preference page of campaign " + link.campaignId())));
            unsubscribed(link, channel, "preference_page", now);
        }
        return page(link.customerId(), channel, campaign(link).flatMap(Campaign::topic));
    }

    /**
     * Confirms a double opt-in from its signed link (valid for a week): the customer is opted in to the link's topic
     * on e-mail, with the request's description as proof.
     *
     * @param proof what the request showed (e.g. the client's address and user agent)
     */
    public OptInConfirmed confirmOptIn(String token, String proof) {
        Instant now = clock.instant();
        LinkToken link = signer.verify(token, LinkPurpose.CONFIRM_OPT_IN, now);
        if (!link.campaignId().startsWith(TrackingLinks.OPT_IN_PREFIX)) {
            throw MarketPilotException.invalid("This is not a double opt-in confirmation link");
        }
        String topic = link.campaignId().substring(TrackingLinks.OPT_IN_PREFIX.length());
        String shown = proof.isBlank() ? "confirmation link followed" : "confirmation link followed: " + proof;
        stores.consents()
                .record(new Consent(
                        link.customerId(),
                        ChannelKind.EMAIL,
                        topic,
                        ConsentStatus.OPTED_IN,
                        ConsentSource.DOUBLE_OPT_IN,
                        now,
                        shown.length() <= FieldLimits.CONSENT_PROOF
                                ? shown
                                : shown.substring(0, FieldLimits.CONSENT_PROOF)));
        return new OptInConfirmed(link.customerId(), ChannelKind.EMAIL.wireName(), topic);
    }

    private LinkToken verifyPreferences(String token) {
        Instant now = clock.instant();
        // the one-click link's GET shows the preference page too, so either token opens it
        try {
            return signer.verify(token, LinkPurpose.PREFERENCES, now);
        } catch (MarketPilotException e) {
            return signer.verify(token, LinkPurpose.UNSUBSCRIBE, now);
        }
    }

    private PreferencePage page(String customerId, ChannelKind channel, Optional<String> campaignTopic) {
        Map<String, String> status = new LinkedHashMap<>();
        status.put(Consent.ALL_TOPICS, ConsentStatus.UNKNOWN.wireName());
        campaignTopic.ifPresent(t -> status.put(t, ConsentStatus.UNKNOWN.wireName()));
        List<Consent> history = new ArrayList<>(stores.consents().history(customerId));
        // newest first: the first record per topic is the latest
        for (Consent c : history) {
            if (c.channel() == channel
                    && (!status.containsKey(c.topic())
                            || status.get(c.topic()).equals(ConsentStatus.UNKNOWN.wireName()))) {
                status.put(c.topic(), c.status().wireName());
            }
        }
        List<PreferencePage.TopicChoice> topics = new ArrayList<>();
        status.forEach((topic, s) -> topics.add(new PreferencePage.TopicChoice(topic, s)));
        return new PreferencePage(customerId, channel.wireName(), topics);
    }

    private boolean record(LinkToken link, CampaignEventKind kind, String id, String detail, Instant now) {
        return stores.events()
                .record(new CampaignEvent(id, link.campaignId(), link.customerId(), kind, now, detail, 0));
    }

    private Optional<Campaign> campaign(LinkToken link) {
        return stores.campaigns().find(link.campaignId());
    }

    /**
     * The variant queued for the link's recipient: what they were actually sent, looked up in the store rather than
     * carried by the link, so a bandit's arm is rewarded for its own recipients only.
     */
    private Optional<String> sentVariant(LinkToken link) {
        return stores.queue()
                .find(new SendKey(link.campaignId(), link.customerId()))
                .flatMap(QueuedSend::variant);
    }

    private static String key(LinkToken link) {
        return link.campaignId() + "/" + link.customerId();
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
