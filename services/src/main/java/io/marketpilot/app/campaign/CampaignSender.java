package io.marketpilot.app.campaign;

import io.marketpilot.app.jobs.PollingWorker;
import io.marketpilot.app.webhook.WebhookEvents;
import io.marketpilot.campaigns.cap.FrequencyCap;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.campaign.SendState;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.delivery.RetryPolicy;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.page.Page;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends campaigns' queued messages: claims due messages in batches under a lease (owner: this process), checks each
 * recipient again (an unsubscribe, a bounce or a frequency cap reached since scheduling wins: the message is skipped),
 * renders it, hands it to
 * the campaign's channel and records the outcome message by message. Delivered: marked sent, counted in the contact
 * log (frequency caps) and as a {@code sent} event. A permanent failure that refuses the address: failed, and the
 * address suppressed (hard bounce). A temporary failure: retried on the {@link RetryPolicy}, failed after its last
 * attempt.
 *
 * <p>Exactly once per recipient and campaign: the queue holds one row per (campaign, customer) and hands it to one
 * worker at a time; a worker that dies leaves its lease to lapse, and the row goes to another. Into the outbox the
 * message and its "sent" mark are one transaction ({@link io.marketpilot.core.campaign.OutboxDelivery}). SMTP and
 * webhooks cannot join that transaction, so each message is marked sent right after the receiver's 250 or 2xx, before
 * the next goes; a crash in that window (the time of one database write) sends that message again on recovery, and
 * then it is the same message: the same Message-ID and idempotency key (both derived from the key), and the same text
 * (its links are issued at the message's due time).
 *
 * <p>In a CLI process {@link #drain} sends a campaign inline; on the server {@link #serveInBackground} polls for due
 * messages on one daemon thread.
 */
public final class CampaignSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignSender.class);

    /** Messages claimed at once: small, so that a lease covers a batch with room to spare. */
    static final int BATCH = 25;

    /** How many batches {@link #drain} sends between two progress reports (each counts the campaign's queue). */
    static final int PROGRESS_EVERY = 20;

    /** How long a claim lasts; a worker not done by then is presumed dead and its messages go to another. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** How often the background worker looks for due messages when it found none. */
    static final Duration POLL = Duration.ofSeconds(2);

    /** How often the background worker closes bandit campaigns' ended attribution windows. */
    static final Duration WINDOW_SWEEP = Duration.ofMinutes(1);

    private final CampaignStores stores;
    private final CampaignContent content;
    private final RecipientFacts recipients;
    private final MessageRenderer renderer;
    private final CampaignChannels channels;
    private final AddressHasher hasher;
    private final SendOutcomes outcomes;
    private final BanditWindows windows;
    private final SendTimeChecks sendTimeChecks;
    private final Clock clock;
    private final String owner;
    private final PollingWorker background;
    /** When the background worker last closed bandit windows (only its thread reads and writes it). */
    private Instant lastSweep = Instant.MIN;

    CampaignSender(
            CampaignStores stores,
            CampaignContent content,
            RecipientFacts recipients,
            MessageRenderer renderer,
            CampaignChannels channels,
            ExperimentFeed experiments,
            BanditWindows windows,
            AddressHasher hasher,
            RetryPolicy retry,
            FrequencyCap cap,
            WebhookEvents webhooks,
            Clock clock,
            String owner) {
        this.stores = stores;
        this.content = content;
        this.recipients = recipients;
        this.renderer = renderer;
        this.channels = channels;
        this.hasher = hasher;
        this.outcomes = new SendOutcomes(stores, experiments, retry, webhooks, clock, owner);
        this.windows = windows;
        this.sendTimeChecks = new SendTimeChecks(stores, cap);
        this.clock = clock;
        this.owner = owner;
        this.background = new PollingWorker("campaign-sender", POLL, this::backgroundPass);
    }

    /** A lease owner naming this process: host, process id and a random part (unique among the store's workers). */
    public static String processOwner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String id = host + "/" + ProcessHandle.current().pid() + "/"
                + HexFormat.of().formatHex(random);
        return id.length() <= FieldLimits.LEASE_OWNER ? id : id.substring(id.length() - FieldLimits.LEASE_OWNER);
    }

    /** The lease owner this sender claims as. */
    public String owner() {
        return owner;
    }

    /**
     * Sends every message of the campaign that is due now, batch by batch, reporting after each; returns where the
     * campaign stands. Messages due later (send times, retries) stay queued for the server's worker or a later run.
     */
    public SendProgress drain(String campaignId, Consumer<SendProgress> progress) {
        SendTally total = new SendTally();
        // the definition cannot change while it sends (only drafts are edited): read it, lists and all, once; each
        // batch asks only for the state, which a pause changes (re-reading an uploaded list of 100,000 ids per batch
        // made sending grow with the square of the campaign)
        Campaign campaign = campaign(campaignId);
        for (int batches = 1; stillSending(campaignId); batches++) {
            stores.queue().releaseExpired(clock.instant());
            SendTally batch = sendBatch(campaign);
            if (batch.claimed == 0) {
                break;
            }
            total.add(batch);
            if (batches % PROGRESS_EVERY == 0) {
                // counting the whole queue after every batch was the other square term
                progress.accept(progress(campaign, total));
            }
        }
        Campaign finished = finishIfDone(campaign(campaignId));
        return progress(finished, total);
    }

    private boolean stillSending(String campaignId) {
        return stores.campaigns().status(campaignId).orElse(CampaignStatus.CANCELLED) == CampaignStatus.SENDING;
    }

    /**
     * One pass over every sending campaign: releases lapsed leases, then sends what is due, up to 20 batches per
     * campaign so that one large campaign does not hold the others back. Returns how many messages it handled. The
     * journeys' send-step campaigns are served too, but never closed as done: their steps queue more as customers
     * reach them.
     */
    public int sendDue() {
        stores.queue().releaseExpired(clock.instant());
        int handled = 0;
        for (Campaign campaign : sending()) {
            handled += sendRounds(campaign);
            finishIfDone(campaign);
        }
        for (Campaign journeyStep : stores.campaigns().journeySending()) {
            handled += sendRounds(journeyStep);
        }
        return handled;
    }

    private int sendRounds(Campaign campaign) {
        int handled = 0;
        for (int round = 0; round < 20; round++) {
            SendTally batch = sendBatch(campaign);
            handled += batch.claimed;
            if (batch.claimed < BATCH) {
                break;
            }
        }
        return handled;
    }

    /** Starts the background worker (the server's), once; it polls every {@link #POLL} while nothing is due. */
    public void serveInBackground() {
        background.start(owner);
    }

    /** Stops the background worker after its current pass (see {@link PollingWorker}). */
    @Override
    public void close() {
        background.close();
    }

    /** One pass of the background worker: what is due, then, at most once a minute, the bandits' closed windows. */
    private int backgroundPass() {
        int handled = sendDue();
        // windows close over days; once a minute is soon enough and keeps the 2-second poll cheap
        if (!clock.instant().isBefore(lastSweep.plus(WINDOW_SWEEP))) {
            lastSweep = clock.instant();
            windows.closeAll();
        }
        return handled;
    }

    private List<Campaign> sending() {
        return Page.readAll(page -> stores.campaigns().list(Optional.of(CampaignStatus.SENDING), page));
    }

    private Campaign campaign(String id) {
        return stores.campaigns().find(id).orElseThrow(() -> MarketPilotException.notFound("Campaign", id));
    }

    /** Moves a sending campaign whose every message is sent, failed or skipped to done. */
    private Campaign finishIfDone(Campaign campaign) {
        if (campaign.status() != CampaignStatus.SENDING) {
            return campaign;
        }
        Map<SendState, Long> counts = stores.queue().counts(campaign.id());
        boolean open = counts.getOrDefault(SendState.PENDING, 0L) > 0
                || counts.getOrDefault(SendState.CLAIMED, 0L) > 0
                || counts.getOrDefault(SendState.RETRY, 0L) > 0;
        if (open) {
            return campaign;
        }
        Optional<Campaign> done = stores.campaigns()
                .moveStatus(
                        CampaignStatus.SENDING,
                        campaign.moveTo(CampaignStatus.DONE, Optional.empty()),
                        clock.instant());
        done.ifPresent(d -> LOG.info("campaign={} done sent={}", d.id(), counts.getOrDefault(SendState.SENT, 0L)));
        return done.orElseGet(() -> campaign(campaign.id()));
    }

    /** Claims one batch of the campaign's due messages and sends it. */
    SendTally sendBatch(Campaign campaign) {
        Instant now = clock.instant();
        List<QueuedSend> claimed = stores.queue().claim(campaign.id(), Lease.of(owner, now, LEASE), now, BATCH);
        SendTally tally = new SendTally();
        tally.claimed = claimed.size();
        if (claimed.isEmpty()) {
            return tally;
        }
        Map<String, ContentItem> items = new HashMap<>();
        Map<Long, RecipientFacts.Batch> facts = new HashMap<>();
        List<ClaimedMessage> planned = new ArrayList<>();
        for (QueuedSend q : claimed) {
            ContentItem item =
                    items.computeIfAbsent(q.variant().orElse(""), v -> content.itemFor(campaign, q.variant()));
            Optional<Recipient> recipient = facts.computeIfAbsent(item.id(), id -> recipients.forContent(item))
                    .recipient(q.key().customerId(), campaign.channel());
            if (recipient.isEmpty()) {
                outcomes.skip(
                        tally,
                        q.key(),
                        "the customer has no address on " + campaign.channel().wireName() + " any more");
                continue;
            }
            AddressHash hash = hasher.hash(campaign.channel(), recipient.get().address());
            planned.add(new ClaimedMessage(q, item, recipient.get(), hash));
        }
        SendTimeChecks.Batch checks = sendTimeChecks.read(campaign, planned, now);
        List<Rendered> rendered = new ArrayList<>();
        Channel channel = channels.channelFor(campaign.channel());
        for (ClaimedMessage p : planned) {
            Optional<String> refusal = checks.refusal(p);
            if (refusal.isPresent()) {
                outcomes.skip(tally, p.queued().key(), refusal.get());
            } else {
                rendered.add(new Rendered(
                        p,
                        renderer.render(
                                campaign,
                                p.item(),
                                p.queued().variant(),
                                p.recipient(),
                                channel.name(),
                                p.queued().dueAt(),
                                p.queued().key().occurrence())));
            }
        }
        if (channels.toOutbox(campaign.channel())) {
            for (Rendered r : rendered) {
                Instant at = clock.instant();
                if (stores.outboxDelivery()
                        .storeAndMarkSent(r.planned.queued().key(), owner, r.message, at)
                        .isPresent()) {
                    outcomes.sent(campaign, r.planned, at, tally);
                } else {
                    outcomes.lostLease(campaign, r.planned.queued().key());
                }
            }
        } else {
            Map<String, ClaimedMessage> byKey = new HashMap<>();
            rendered.forEach(r -> byKey.put(r.message.key(), r.planned));
            channel.sendEach(
                    rendered.stream().map(Rendered::message).toList(),
                    (m, result) -> outcomes.record(campaign, byKey.get(m.key()), result, tally));
        }
        return tally;
    }

    private SendProgress progress(Campaign campaign, SendTally tally) {
        Map<String, Long> queue = new HashMap<>();
        stores.queue().counts(campaign.id()).forEach((state, n) -> queue.put(state.wireName(), n));
        return new SendProgress(
                campaign.id(),
                campaign.status().wireName(),
                tally.sent,
                tally.retrying,
                tally.failed,
                tally.skipped,
                queue,
                channels.describe(campaign.channel()),
                channels.reachesRecipients(campaign.channel()));
    }

    /** A claimed message as it leaves. */
    private record Rendered(ClaimedMessage planned, OutgoingMessage message) {}
}
