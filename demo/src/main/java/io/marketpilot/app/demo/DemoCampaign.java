package io.marketpilot.app.demo;

import io.marketpilot.app.campaign.CampaignView;
import io.marketpilot.app.campaign.Campaigns;
import io.marketpilot.app.campaign.NewCampaign;
import io.marketpilot.app.campaign.SendProgress;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.CampaignEvent;
import io.marketpilot.core.campaign.CampaignEventKind;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.campaign.LeaveOutReason;
import io.marketpilot.core.campaign.QuietHours;
import io.marketpilot.core.campaign.Schedule;
import io.marketpilot.core.content.ContentItem;
import io.marketpilot.core.content.ContentQuery;
import io.marketpilot.core.content.ContentStatus;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.page.Page;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The demo's consent and its one campaign, SIMULATED and seeded, so every demo store holds the same numbers. A fixed
 * share of the sample customers ({@link #CONSENT_SHARE}) opted in to e-mail (imported as a consent file, each row its
 * own proof); the campaign "Spring offer" went to the largest segment's consenting customers {@link #DAYS_AGO} days
 * before the demo was loaded, into the outbox (nothing is delivered), with a {@link #HOLDOUT} holdout; then recipients
 * opened, clicked and ordered, and the holdout ordered too, at made-up rates, so that its report has a lift and an
 * interval to show. None of these rates is a measured result.
 */
public final class DemoCampaign {
    /** The demo campaign's id. */
    public static final String ID = "demo-spring-offer";

    static final double CONSENT_SHARE = 0.7;
    static final double HOLDOUT = 0.2;
    static final int DAYS_AGO = 10;
    /** Made-up rates: who opens, who of them clicks, and who orders within the week (clicked, not clicked, holdout). */
    static final double OPEN = 0.45;

    static final double CLICK = 0.35;
    static final double ORDER_AFTER_CLICK = 0.45;
    static final double ORDER_WITHOUT_CLICK = 0.10;
    static final double ORDER_IN_HOLDOUT = 0.05;

    private static final String MARKETER = "demo marketer";
    private static final String REVIEWER = "demo reviewer";
    private static final String CONSENT_FILE = "demo-consent.csv";
    private static final String ORDERS_FILE = "demo-campaign-orders.csv";
    private static final long SEED = 16;

    private DemoCampaign() {}

    /**
     * Seeds consent and the campaign unless the store has campaigns already, or has no approved e-mail to send or no
     * segmentation to target; returns a line for the console. Call it before the server starts its sender, as
     * {@code marketpilot demo} does: the campaign's messages are claimed on a clock ten days back, so to a sender on
     * the real clock their leases would look lapsed and it would send them a second time.
     */
    public static Optional<String> seedIfEmpty(Services app) {
        if (app.campaigns.service.list(Optional.empty(), Optional.empty(), 0, 1).total() > 0) {
            return Optional.empty();
        }
        Optional<ContentItem> email = app
                .content
                .list(new ContentQuery(
                        Optional.of(ContentStatus.APPROVED), Optional.of("email"), Optional.empty(), 0, 1))
                .items()
                .stream()
                .findFirst();
        Optional<String> segment = app.segments.largestSegment();
        if (email.isEmpty() || segment.isEmpty()) {
            return Optional.empty();
        }
        int consented = importConsent(app);
        Instant sentAt = app.clock.instant().minus(Duration.ofDays(DAYS_AGO)).truncatedTo(ChronoUnit.HOURS);
        NewCampaign request = new NewCampaign(
                Optional.of(ID),
                "Spring offer (demo: opens, clicks and orders simulated)",
                AudienceSpec.Segment.byIndex(Optional.empty(), Integer.parseInt(segment.get())),
                new ContentRef.Approved(List.of(email.get().id())),
                ChannelKind.EMAIL,
                Optional.empty(),
                Optional.of(new Schedule.Now(QuietHours.NONE)),
                Optional.of(HOLDOUT),
                Optional.empty(),
                false,
                true,
                Optional.of(Duration.ofDays(7)));
        CampaignView created;
        SendProgress sent;
        Behaviour behaviour;
        try (Campaigns past = pastCampaigns(app, sentAt)) {
            created = past.service.create(request, MARKETER);
            past.service.submit(created.id(), MARKETER);
            past.service.approve(created.id(), REVIEWER, "demo: approved by a second person");
            past.service.schedule(created.id(), MARKETER);
            // the simulated orders are imported before the messages are rendered, so the recommendations their
            // "picked for you" lines read are built once, on the data the demo ends with
            behaviour = simulate(app, created.id(), sentAt);
            sent = past.sender.drain(created.id(), progress -> {});
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "Demo campaign %s: %d consenting customers, %d messages stored in the outbox (not delivered) %d days"
                        + " ago, simulated %d opens, %d clicks and %d attributed orders (%d in the holdout)",
                created.id(),
                consented,
                sent.sent(),
                DAYS_AGO,
                behaviour.opens,
                behaviour.clicks,
                behaviour.orders,
                behaviour.holdoutOrders));
    }

    /** The campaigns' graph on a clock set back to when the campaign went out (see {@link PastCampaigns}). */
    private static Campaigns pastCampaigns(Services app, Instant sentAt) {
        return PastCampaigns.on(app, Clock.offset(app.clock, Duration.between(app.clock.instant(), sentAt)), SEED);
    }

    /** A consent file: {@link #CONSENT_SHARE} of the customers opted in to every e-mail topic at sign-up. */
    private static int importConsent(Services app) {
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder csv = new StringBuilder("customer_id,channel,topic,status,source,at\n");
        int[] rows = {0};
        app.customers.forEach(c -> {
            if (random.nextDouble() < CONSENT_SHARE && c.email() != null) {
                String at =
                        c.signupDate() == null ? "2024-11-01" : c.signupDate().toString();
                csv.append(c.id())
                        .append(",email,all,opted_in,import,")
                        .append(at)
                        .append('\n');
                rows[0]++;
            }
        });
        app.campaigns.consent.importFile(
                CONSENT_FILE, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "demo");
        return rows[0];
    }

    /** What the simulation made happen. */
    private static final class Behaviour {
        int opens;
        int clicks;
        int orders;
        int holdoutOrders;
    }

    /**
     * Opens and clicks of the recipients as campaign events, and orders within the attribution window from
     * recipients and from the holdout, imported as orders (and, for recipients, recorded as conversions).
     */
    private static Behaviour simulate(Services app, String campaignId, Instant sentAt) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<String> recipients =
                Page.readAll(page -> app.campaigns.stores.audiences().recipients(campaignId, page));
        List<String> holdout = Page.readAll(
                page -> app.campaigns.stores.audiences().leftOut(campaignId, LeaveOutReason.HOLDOUT, page));
        List<Product> catalogue = app.products.all();
        Map<String, Customer> customers = new HashMap<>();
        app.customers.forEach(c -> customers.put(c.id(), c));
        Behaviour b = new Behaviour();
        List<Order> orders = new ArrayList<>();
        for (String customer : recipients) {
            boolean clicked = false;
            if (random.nextDouble() < OPEN) {
                Instant openedAt = sentAt.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
                event(
                        app,
                        "open:" + campaignId + "/" + customer,
                        campaignId,
                        customer,
                        CampaignEventKind.OPEN,
                        openedAt,
                        "",
                        0);
                b.opens++;
                if (random.nextDouble() < CLICK) {
                    clicked = true;
                    event(
                            app,
                            "click:" + campaignId + "/" + customer + ":demo",
                            campaignId,
                            customer,
                            CampaignEventKind.CLICK,
                            openedAt.plus(Duration.ofMinutes(1 + random.nextInt(10))),
                            "simulated click (demo)",
                            0);
                    b.clicks++;
                }
            }
            if (random.nextDouble() < (clicked ? ORDER_AFTER_CLICK : ORDER_WITHOUT_CLICK)) {
                Order o = order(random, customer, customers.get(customer), catalogue, sentAt, orders.size());
                orders.add(o);
                event(
                        app,
                        "conversion:" + campaignId + "/" + customer,
                        campaignId,
                        customer,
                        CampaignEventKind.CONVERSION,
                        o.at,
                        o.id,
                        o.total());
                b.orders++;
            }
        }
        for (String customer : holdout) {
            if (random.nextDouble() < ORDER_IN_HOLDOUT) {
                orders.add(order(random, customer, customers.get(customer), catalogue, sentAt, orders.size()));
                b.orders++;
                b.holdoutOrders++;
            }
        }
        importOrders(app, orders);
        return b;
    }

    /** One simulated order: one or two units of a catalogue product, within six days of the send. */
    private record Order(String id, String customerId, String country, Instant at, Product product, int quantity) {
        double total() {
            return Math.round(100 * quantity * DemoCatalog.price(product)) / 100.0;
        }
    }

    private static Order order(
            SplittableRandom random,
            String customerId,
            @Nullable Customer customer,
            List<Product> catalogue,
            Instant sentAt,
            int n) {
        Product product = catalogue.get(random.nextInt(catalogue.size()));
        Instant at = sentAt.plus(Duration.ofMinutes(120 + random.nextInt(6 * 24 * 60)));
        String country = customer == null || customer.country() == null ? "" : customer.country();
        return new Order(
                String.format(Locale.ROOT, "DEMO-CAMPAIGN-%04d", n + 1),
                customerId,
                country,
                at,
                product,
                1 + random.nextInt(2));
    }

    private static void importOrders(Services app, List<Order> orders) {
        if (orders.isEmpty()) {
            return;
        }
        StringBuilder csv =
                new StringBuilder("order_id,customer_id,ordered_at,country,kind,product_id,quantity,unit_price\n");
        for (Order o : orders) {
            LocalDateTime local =
                    LocalDateTime.ofInstant(o.at(), app.clock.getZone()).truncatedTo(ChronoUnit.MINUTES);
            csv.append(o.id())
                    .append(',')
                    .append(o.customerId())
                    .append(',')
                    .append(local)
                    .append(',')
                    .append(o.country().contains(",") ? "" : o.country())
                    .append(",sale,")
                    .append(o.product().id())
                    .append(',')
                    .append(o.quantity())
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.2f", DemoCatalog.price(o.product())))
                    .append('\n');
        }
        app.importFile(
                ImportKind.ORDERS,
                ORDERS_FILE,
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                false,
                "demo",
                ImportProgress.NONE);
    }

    private static void event(
            Services app,
            String id,
            String campaignId,
            String customerId,
            CampaignEventKind kind,
            Instant at,
            String detail,
            double value) {
        app.campaigns.stores.events().record(new CampaignEvent(id, campaignId, customerId, kind, at, detail, value));
    }
}
