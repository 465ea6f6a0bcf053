package io.marketpilot.app.campaign;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.AddressHash;
import io.marketpilot.core.campaign.AddressHasher;
import io.marketpilot.core.campaign.Campaign;
import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.CampaignStatus;
import io.marketpilot.core.campaign.Consent;
import io.marketpilot.core.campaign.ConsentStatus;
import io.marketpilot.core.campaign.Contact;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.campaign.QueuedSend;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.campaign.SendState;
import io.marketpilot.core.campaign.Suppression;
import io.marketpilot.core.campaign.SuppressionReason;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.delivery.Channel;
import io.marketpilot.core.delivery.DeliveryResult;
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
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends campaigns' queued messages: claims due messages in batches under a lease (owner: this process), checks each
 * recipient again (an unsubscribe or a bounce since scheduling wins: the message is skipped), renders it, hands it to
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

    /** How long a claim lasts; a worker not done by then is presumed dead and its messages go to another. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** How often the background worker looks for due messages when it found none. */
    static final Duration POLL = Duration.ofSeconds(2);

    private final CampaignStores stores;
    private final CampaignContent content;
    private final RecipientFacts recipients;
    private final MessageRenderer renderer;
    private final CampaignChannels channels;
    private final ExperimentFeed experiments;
    private final AddressHasher hasher;
    private final RetryPolicy retry;
    private final Clock clock;
    private final String owner;
    private final Object wake = new Object();
    private volatile boolean running;
    private @Nullable Thread worker;

    CampaignSender(
            CampaignStores stores,
            CampaignContent content,
            RecipientFacts recipients,
            MessageRenderer renderer,
            CampaignChannels channels,
            ExperimentFeed experiments,
            AddressHasher hasher,
            RetryPolicy retry,
            Clock clock,
            String owner) {
        this.stores = stores;
        this.content = content;
        this.recipients = recipients;
        this.renderer = renderer;
        this.channels = channels;
        this.experiments = experiments;
        this.hasher = hasher;
        this.retry = retry;
        this.clock = clock;
        this.owner = owner;
    }

    /** A lease owner naming this process: host, process id and a random part (unique among the store's workers). */
    static String processOwner() {
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
        Tally total = new Tally();
        while (true) {
            stores.queue().releaseExpired(clock.instant());
            Campaign campaign = campaign(campaignId);
            if (campaign.status() != CampaignStatus.SENDING) {
                break;
            }
            Tally batch = sendBatch(campaign);
            if (batch.claimed == 0) {
                break;
            }
            total.add(batch);
            progress.accept(progress(campaign, total));
        }
        Campaign campaign = finishIfDone(campaign(campaignId));
        return progress(campaign, total);
    }

    /**
     * One pass over every sending campaign: releases lapsed leases, then sends what is due, up to 20 batches per
     * campaign so that one large campaign does not hold the others back. Returns how many messages it handled.
     */
    public int sendDue() {
        stores.queue().releaseExpired(clock.instant());
        int handled = 0;
        for (Campaign campaign : sending()) {
            for (int round = 0; round < 20; round++) {
                Tally batch = sendBatch(campaign);
                handled += batch.claimed;
                if (batch.claimed < BATCH) {
                    break;
                }
            }
            finishIfDone(campaign);
        }
        return handled;
    }

    /** Starts the background worker (the server's), once; it polls every {@link #POLL} while nothing is due. */
    public synchronized void serveInBackground() {
        if (worker != null) {
            return;
        }
        running = true;
        Thread t = new Thread(this::work, "campaign-sender");
        t.setDaemon(true);
        worker = t;
        t.start();
        LOG.info("campaign sender started owner={}", owner);
    }

    /**
     * Stops the background worker after its current batch. It is not interrupted: an interrupt during a read closes
     * H2's file channel under every other user of the store.
     */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            t = worker;
            worker = null;
            running = false;
        }
        if (t == null) {
            return;
        }
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            t.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        while (running) {
            int handled = 0;
            try {
                handled = sendDue();
            } catch (RuntimeException e) {
                // the queue keeps every message's state, so nothing is lost: the next pass picks up where this stopped
                LOG.warn("campaign sender pass failed error=\"{}\"", e.toString());
            }
            if (handled == 0) {
                synchronized (wake) {
                    try {
                        if (running) {
                            wake.wait(POLL.toMillis());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
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
    Tally sendBatch(Campaign campaign) {
        Instant now = clock.instant();
        List<QueuedSend> claimed = stores.queue().claim(campaign.id(), Lease.of(owner, now, LEASE), now, BATCH);
        Tally tally = new Tally();
        tally.claimed = claimed.size();
        if (claimed.isEmpty()) {
            return tally;
        }
        Map<String, ContentItem> items = new HashMap<>();
        Map<Long, RecipientFacts.Batch> facts = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (QueuedSend q : claimed) {
            ContentItem item =
                    items.computeIfAbsent(q.variant().orElse(""), v -> content.itemFor(campaign, q.variant()));
            Optional<Recipient> recipient = facts.computeIfAbsent(item.id(), id -> recipients.forContent(item))
                    .recipient(q.key().customerId(), campaign.channel());
            if (recipient.isEmpty()) {
                skip(
                        tally,
                        q.key(),
                        "the customer has no address on " + campaign.channel().wireName() + " any more");
                continue;
            }
            AddressHash hash = hasher.hash(campaign.channel(), recipient.get().address());
            planned.add(new Planned(q, item, recipient.get(), hash));
        }
        Set<AddressHash> suppressed = planned.isEmpty()
                ? Set.of()
                : stores.suppressions()
                        .containing(planned.stream().map(Planned::address).toList(), campaign.channel());
        Set<String> optedOut = optedOut(campaign, planned);
        List<Rendered> rendered = new ArrayList<>();
        Channel channel = channels.channelFor(campaign.channel());
        for (Planned p : planned) {
            if (suppressed.contains(p.address)) {
                skip(tally, p.queued.key(), "the address was suppressed after the campaign was scheduled");
            } else if (optedOut.contains(p.queued.key().customerId())) {
                skip(tally, p.queued.key(), "the customer opted out after the campaign was scheduled");
            } else {
                rendered.add(new Rendered(
                        p,
                        renderer.render(
                                campaign, p.item, p.queued.variant(), p.recipient, channel.name(), p.queued.dueAt())));
            }
        }
        if (channels.toOutbox(campaign.channel())) {
            for (Rendered r : rendered) {
                Instant at = clock.instant();
                if (stores.outboxDelivery()
                        .storeAndMarkSent(r.planned.queued.key(), owner, r.message, at)
                        .isPresent()) {
                    sent(campaign, r.planned, at, tally);
                } else {
                    lostLease(campaign, r.planned.queued.key());
                }
            }
        } else {
            Map<String, Planned> byKey = new HashMap<>();
            rendered.forEach(r -> byKey.put(r.message.key(), r.planned));
            channel.sendEach(
                    rendered.stream().map(Rendered::message).toList(),
                    (m, result) -> record(campaign, byKey.get(m.key()), result, tally));
        }
        return tally;
    }

    /** Customers whose latest consent on an applicable topic says no (opted out, or a pending double opt-in). */
    private Set<String> optedOut(Campaign campaign, List<Planned> planned) {
        if (planned.isEmpty()) {
            return Set.of();
        }
        List<String> ids =
                planned.stream().map(p -> p.queued.key().customerId()).toList();
        Map<String, Map<String, Consent>> latest = new HashMap<>();
        for (Consent c : stores.consents().latestFor(ids, campaign.channel())) {
            latest.computeIfAbsent(c.customerId(), k -> new HashMap<>())
                    .merge(c.topic(), c, (a, b) -> a.at().isAfter(b.at()) ? a : b);
        }
        Set<String> topics = new HashSet<>();
        topics.add(Consent.ALL_TOPICS);
        campaign.topic().ifPresent(topics::add);
        Set<String> out = new HashSet<>();
        latest.forEach((customer, byTopic) -> byTopic.forEach((topic, consent) -> {
            if (topics.contains(topic)
                    && (consent.status() == ConsentStatus.OPTED_OUT || consent.status() == ConsentStatus.PENDING)) {
                out.add(customer);
            }
        }));
        return out;
    }

    private void record(Campaign campaign, @Nullable Planned p, DeliveryResult result, Tally tally) {
        if (p == null) {
            throw new IllegalStateException("the channel answered for a message it was not given");
        }
        SendKey key = p.queued.key();
        Instant at = clock.instant();
        switch (result) {
            case DeliveryResult.Delivered d -> {
                if (stores.queue().markSent(key, owner, at, d.providerMessageId())) {
                    sent(campaign, p, at, tally);
                } else {
                    lostLease(campaign, key);
                }
            }
            case DeliveryResult.TemporaryFailure f -> {
                Optional<Instant> next = retry.nextAttempt(key.idempotencyKey(), p.queued.attempts(), at, f);
                if (next.isPresent()) {
                    stores.queue().markRetry(key, owner, next.get(), limit(f.reason()));
                    tally.retrying++;
                } else {
                    stores.queue()
                            .markFailed(
                                    key,
                                    owner,
                                    limit("gave up after " + p.queued.attempts() + " attempts: " + f.reason()));
                    tally.failed++;
                }
            }
            case DeliveryResult.PermanentFailure f -> {
                stores.queue().markFailed(key, owner, limit(f.code() + ": " + f.reason()));
                tally.failed++;
                if (f.suppressesRecipient()) {
                    stores.suppressions()
                            .add(new Suppression(
                                    p.address, campaign.channel(), SuppressionReason.HARD_BOUNCE, at, limit(f.code())));
                    stores.events()
                            .record(new CampaignEvent(
                                    "bounce:" + key.idempotencyKey(),
                                    campaign.id(),
                                    key.customerId(),
                                    CampaignEventKind.BOUNCE,
                                    at,
                                    limit(f.code() + ": " + f.reason()),
                                    0));
                }
            }
        }
    }

    private void sent(Campaign campaign, Planned p, Instant at, Tally tally) {
        SendKey key = p.queued.key();
        stores.contacts().record(new Contact(key.customerId(), campaign.id(), campaign.channel(), at));
        stores.events()
                .record(new CampaignEvent(
                        "sent:" + key.idempotencyKey(),
                        campaign.id(),
                        key.customerId(),
                        CampaignEventKind.SENT,
                        at,
                        "",
                        0));
        experiments.exposure(campaign, key.customerId(), p.queued.variant());
        tally.sent++;
    }

    private void skip(Tally tally, SendKey key, String reason) {
        stores.queue().markSkipped(key, owner, reason);
        tally.skipped++;
    }

    private void lostLease(Campaign campaign, SendKey key) {
        // another worker took the message after our lease lapsed; its record stands, ours is dropped
        LOG.warn(
                "campaign={} lease lapsed before a message was recorded owner={} key_hash={}",
                campaign.id(),
                owner,
                Integer.toHexString(key.idempotencyKey().hashCode()));
    }

    private SendProgress progress(Campaign campaign, Tally tally) {
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

    private static String limit(String text) {
        return text.length() <= FieldLimits.NOTE ? text : text.substring(0, FieldLimits.NOTE - 1) + "…";
    }

    /** A claimed message with what its rendering needs, and the hash of its address. */
    private record Planned(QueuedSend queued, ContentItem item, Recipient recipient, AddressHash address) {}

    /** A claimed message as it leaves. */
    private record Rendered(Planned planned, OutgoingMessage message) {}

    /** What one run did. */
    static final class Tally {
        int claimed;
        long sent;
        long retrying;
        long failed;
        long skipped;

        void add(Tally other) {
            claimed += other.claimed;
            sent += other.sent;
            retrying += other.retrying;
            failed += other.failed;
            skipped += other.skipped;
        }
    }
}
