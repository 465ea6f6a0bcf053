package io.marketpilot.app.bench;

import io.marketpilot.app.campaign.CampaignLaunch;
import io.marketpilot.app.campaign.NewCampaign;
import io.marketpilot.app.campaign.SendProgress;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.services.ServicesOpener;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.campaign.SendKey;
import io.marketpilot.core.delivery.Outbox;
import io.marketpilot.core.domain.Customer;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Messages per second from the real campaign sender: a campaign to N opted-in customers of a fresh store is created,
 * approved by a second person, scheduled (its audience resolved and every recipient queued) and drained by the
 * {@code CampaignSender} through the send queue, batch by batch under leases, exactly as {@code campaign send} does,
 * into the outbox or to an SMTP server in this process. Afterwards the messages are counted where they arrived (the
 * outbox's entries, or what the SMTP server accepted, by message key): none may be missing or doubled.
 */
public final class CampaignSendBenchmark {
    private static final List<String> COUNTRIES =
            List.of("United Kingdom", "Germany", "France", "Netherlands", "Spain", "Australia", "Japan", "USA");

    private CampaignSendBenchmark() {}

    /** Where the campaign's e-mail goes. */
    public enum Target {
        OUTBOX,
        SMTP
    }

    /**
     * One sending run.
     *
     * @param setupSeconds importing the customers and their consents and approving the e-mail (not part of sending)
     * @param scheduleSeconds resolving the audience, storing it and queueing every recipient
     * @param sendSeconds draining the queue: claim, re-check, render, deliver, record
     * @param arrived messages counted where they arrived
     * @param missing recipients whose message did not arrive
     * @param doubled recipients whose message arrived more than once (or arrivals nobody expected)
     */
    public record Result(
            Target target,
            String store,
            int customers,
            double setupSeconds,
            long queued,
            double scheduleSeconds,
            long sent,
            long failed,
            long skipped,
            double sendSeconds,
            long arrived,
            long missing,
            long doubled) {
        public double messagesPerSecond() {
            return sent / sendSeconds;
        }

        /** Every recipient's message arrived once, and nothing else did. */
        public boolean exact() {
            return sent == customers && arrived == customers && missing == 0 && doubled == 0;
        }

        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "%s, %s: %,d customers (set up in %.1f s)%n"
                            + "  schedule (audience resolved, %,d queued)  %.2f s%n"
                            + "  send  %,d sent, %,d failed, %,d skipped in %.2f s = %,.0f messages/s%n"
                            + "  check at the %s: %,d arrived, %,d missing, %,d doubled: %s",
                    target == Target.SMTP ? "SMTP (GreenMail in process)" : "outbox",
                    store,
                    customers,
                    setupSeconds,
                    queued,
                    scheduleSeconds,
                    sent,
                    failed,
                    skipped,
                    sendSeconds,
                    messagesPerSecond(),
                    target == Target.SMTP ? "SMTP server" : "outbox",
                    arrived,
                    missing,
                    doubled,
                    exact() ? "exact" : "NOT EXACT");
        }
    }

    /** Sends one campaign of {@code customers} recipients to {@code target} from a fresh store of {@code kind}. */
    public static Result run(
            ServicesOpener opener,
            FreshStore.Kind kind,
            String postgresUrl,
            String postgresUser,
            int customers,
            Target target,
            PrintStream out)
            throws IOException {
        try (FreshStore store = FreshStore.create(kind, postgresUrl, postgresUser)) {
            if (target == Target.OUTBOX) {
                return send(opener, store, store.config(), customers, target, p -> {}, out, (app, campaign, keys) -> {
                    Outbox outbox = app.stores.campaigns().outbox();
                    long found = keys.stream()
                            .filter(k -> outbox.find(k).isPresent())
                            .count();
                    // the outbox keeps one entry per key, so a doubled message shows as more entries than keys
                    return new Arrival(outbox.count(), keys.size() - found, outbox.count() - found);
                });
            }
            try (CountingSmtpServer smtp = new CountingSmtpServer()) {
                MarketPilotConfig config = store.config().withCampaigns(withSmtp(store.config(), smtp));
                return send(opener, store, config, customers, target, p -> smtp.purge(), out, (app, campaign, keys) -> {
                    CountingSmtpServer.Count count = smtp.count(keys);
                    return new Arrival(count.received(), count.missing(), count.doubled() + count.unexpected());
                });
            }
        }
    }

    /** What arrived at the far end: messages, expected ones missing, and doubled or unexpected ones. */
    private record Arrival(long arrived, long missing, long doubled) {}

    /** Counts a campaign's messages where they arrived, given the keys that should have. */
    @FunctionalInterface
    private interface ArrivalCheck {
        Arrival check(Services app, String campaignId, Set<String> expectedKeys);
    }

    private static CampaignSettings withSmtp(MarketPilotConfig config, CountingSmtpServer smtp) {
        CampaignSettings c = config.campaigns();
        return new CampaignSettings(
                c.publicUrl(),
                c.shopUrl(),
                c.frequencyCap(),
                c.quietHours(),
                c.consentPolicy(),
                c.secret(),
                Optional.of(smtp.settings()),
                c.webhook());
    }

    private static Result send(
            ServicesOpener opener,
            FreshStore store,
            MarketPilotConfig config,
            int count,
            Target target,
            Consumer<SendProgress> afterBatch,
            PrintStream out,
            ArrivalCheck arrivals) {
        try (Services app = opener.open(config)) {
            out.printf(Locale.ROOT, "%s, %s: importing %,d opted-in customers%n", target, store.describe(), count);
            long t0 = System.nanoTime();
            List<Customer> customers = customers(count);
            List<String> ids = customers.stream().map(Customer::id).toList();
            BenchShop.saveCustomers(app, customers);
            BenchShop.optIn(app, ids);
            String campaignId = approved(app, ids, BenchShop.approvedEmail(app));
            long t1 = System.nanoTime();
            CampaignLaunch launch = app.campaigns.service.schedule(campaignId, "bench-approver");
            long t2 = System.nanoTime();
            out.printf(Locale.ROOT, "  queued %,d in %.1f s; sending%n", launch.queued(), (t2 - t1) / 1e9);
            SendProgress done = app.campaigns.sender.drain(campaignId, progress -> {
                afterBatch.accept(progress);
                if (progress.sent() % 10_000 < 25 && progress.sent() > 0) {
                    out.printf(
                            Locale.ROOT,
                            "  sent %,d (%.0f messages/s so far)%n",
                            progress.sent(),
                            progress.sent() / ((System.nanoTime() - t2) / 1e9));
                }
            });
            long t3 = System.nanoTime();
            Set<String> keys = new HashSet<>();
            ids.forEach(id -> keys.add(new SendKey(campaignId, id).idempotencyKey()));
            Arrival arrival = arrivals.check(app, campaignId, keys);
            return new Result(
                    target,
                    store.describe(),
                    count,
                    (t1 - t0) / 1e9,
                    launch.queued(),
                    (t2 - t1) / 1e9,
                    done.sent(),
                    done.failed(),
                    done.skipped(),
                    (t3 - t2) / 1e9,
                    arrival.arrived(),
                    arrival.missing(),
                    arrival.doubled());
        }
    }

    /** A campaign to exactly these customers, nobody held out, sent now (no quiet hours), approved by a second person. */
    private static String approved(Services app, List<String> ids, long contentId) {
        NewCampaign request = new NewCampaign(
                Optional.empty(),
                "Bench " + ids.size(),
                new AudienceSpec.UploadedList(ids),
                new ContentRef.Approved(List.of(contentId)),
                ChannelKind.EMAIL,
                Optional.empty(),
                Optional.of(new Schedule.Now(QuietHours.NONE)),
                Optional.of(0.0),
                Optional.empty(),
                false,
                true,
                Optional.empty());
        String id = app.campaigns.service.create(request, "bench-author").id();
        app.campaigns.service.submit(id, "bench-author");
        app.campaigns.service.approve(id, "bench-approver", "benchmark");
        return id;
    }

    /** {@code count} customers with addresses, spread over a few countries. */
    static List<Customer> customers(int count) {
        List<Customer> customers = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String id = String.format(Locale.ROOT, "B%07d", i);
            customers.add(new Customer(
                    id,
                    id.toLowerCase(Locale.ROOT) + "@example.com",
                    "Customer " + i,
                    COUNTRIES.get(i % COUNTRIES.size()),
                    null,
                    LocalDate.of(2025, 1, 1)));
        }
        return customers;
    }
}
