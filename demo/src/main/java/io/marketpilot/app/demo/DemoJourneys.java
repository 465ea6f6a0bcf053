package io.marketpilot.app.demo;

import io.marketpilot.app.campaign.CampaignKeys;
import io.marketpilot.app.campaign.Campaigns;
import io.marketpilot.app.config.CampaignSettings;
import io.marketpilot.app.journey.JourneyEntrance;
import io.marketpilot.app.journey.JourneyReport;
import io.marketpilot.app.journey.Journeys;
import io.marketpilot.app.services.Services;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Order;
import io.marketpilot.journeys.codec.JourneyCodec;
import io.marketpilot.journeys.definition.JourneyDefinition;
import io.marketpilot.journeys.definition.Prediction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's three journeys — a welcome series, an abandoned cart with a recommended product, a win-back on rising
 * churn risk — applied from the files in docs/journeys, with {@link #DAYS} days of SIMULATED, seeded traffic walked
 * through them by the product's own entrance, worker and sender on a clock that runs from then to now: sign-ups, carts
 * and a weekly model refresh enter customers, messages go to the outbox (nothing is delivered), and some customers
 * order (at made-up rates, see {@link JourneyTraffic}), so each journey's report shows per-step counts and a lift over
 * its holdout.
 */
public final class DemoJourneys {
    /** The demo journeys' ids, in the order they are applied. */
    public static final List<String> IDS = List.of("welcome", "abandoned-cart", "win-back");

    static final int DAYS = 14;
    /** How often the simulated worker and sender look for due work. */
    static final Duration TICK = Duration.ofHours(1);

    private static final List<String> FILES = List.of("welcome.json", "abandoned-cart.json", "win-back.json");
    /** How many e-mails each file's send steps name, in the order {@link DemoJourneyEmails} writes them. */
    private static final List<Integer> EMAILS_PER_FILE = List.of(2, 1, 1);

    private static final Pattern CONTENT_IDS = Pattern.compile("\"ids\": \\[\\d+]");
    private static final String MARKETER = "demo marketer";
    private static final String OWNER = "demo-journeys";
    private static final long SEED = 18;

    private DemoJourneys() {}

    /**
     * Seeds the journeys unless the store has some; returns a line for the console. Call it after the demo campaign
     * (whose consent the sends respect) and before the server starts its workers, as {@code marketpilot demo} does.
     */
    public static Optional<String> seedIfEmpty(Services app) {
        if (!app.journeys.service.list().isEmpty() || app.customers.count() == 0) {
            return Optional.empty();
        }
        Iterator<Long> emails = DemoJourneyEmails.write(app).iterator();
        List<JourneyDefinition> journeys = new ArrayList<>();
        for (int i = 0; i < FILES.size(); i++) {
            String json = withContent(file(FILES.get(i)), emails, EMAILS_PER_FILE.get(i));
            app.journeys.service.apply(json, MARKETER);
            journeys.add(JourneyCodec.read(json));
        }
        Instant now = app.clock.instant();
        Instant start = now.minus(Duration.ofDays(DAYS)).truncatedTo(ChronoUnit.HOURS);
        JourneyTraffic.Plan plan = plan(app, journeys, start, now);
        DemoJourneyStore.store(app, plan);
        walk(app, plan, start, now);
        return Optional.of(summary(app));
    }

    /** The sample journey file as docs/journeys holds it (bundled with the demo). */
    static String file(String name) {
        try (InputStream in = DemoJourneys.class.getResourceAsStream("/demo/journeys/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The sample journey " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file with its send steps naming the e-mails the demo wrote. In a fresh demo store they are the ids the file
     * names already (DemoJourneysIT checks it); a store that holds other content gets its own ids.
     */
    static String withContent(String json, Iterator<Long> emails, int count) {
        Matcher m = CONTENT_IDS.matcher(json);
        StringBuilder out = new StringBuilder();
        int replaced = 0;
        while (m.find()) {
            m.appendReplacement(out, "\"ids\": [" + emails.next() + "]");
            replaced++;
        }
        m.appendTail(out);
        if (replaced != count) {
            throw new IllegalStateException("a demo journey names " + replaced + " e-mails, expected " + count);
        }
        return out.toString();
    }

    private static JourneyTraffic.Plan plan(
            Services app, List<JourneyDefinition> journeys, Instant start, Instant end) {
        JourneyDefinition welcome = journeys.get(0);
        JourneyDefinition cart = journeys.get(1);
        JourneyDefinition winBack = journeys.get(2);
        List<Customer> customers = new ArrayList<>();
        app.customers.forEach(customers::add);
        Map<String, Customer> byId = new HashMap<>();
        customers.forEach(c -> byId.put(c.id(), c));
        JourneyTraffic traffic = new JourneyTraffic(SEED, start, end, app.products.all());
        traffic.signUps(welcome.id(), welcome.holdoutShare(), customers, customers.size() + 1);
        traffic.carts(
                cart.id(),
                cart.holdoutShare(),
                customers.stream().filter(c -> c.email() != null).toList());
        // the weekly refresh at midnight fits the orders up to the day before, as of then and as of a week earlier
        Instant refreshAt = start.plus(Duration.ofDays(DAYS / 2)).truncatedTo(ChronoUnit.DAYS);
        LocalDate lastDay = LocalDate.ofInstant(refreshAt, ZoneOffset.UTC).minusDays(1);
        List<Order> orders = new ArrayList<>();
        app.orders.forEach(orders::add);
        orders.addAll(traffic.orders());
        Map<String, Map<Prediction, Double>> before = ChurnRefresh.asOf(orders, lastDay.minusDays(7));
        Map<String, Map<Prediction, Double>> after = ChurnRefresh.asOf(orders, lastDay);
        traffic.refresh(
                refreshAt,
                before,
                after,
                ChurnRefresh.entering(winBack, before, after),
                winBack.id(),
                winBack.holdoutShare(),
                byId);
        return traffic.plan();
    }

    /**
     * Walks the plan on the simulated clock: each happening reaches the journeys' entrance at its time, and every
     * {@link #TICK} the worker advances the due customers and the sender sends the due messages into the outbox.
     */
    private static void walk(Services app, JourneyTraffic.Plan plan, Instant start, Instant end) {
        SimulatedClock clock = new SimulatedClock(start);
        CampaignSettings settings = app.config.campaigns();
        JourneyEntrance entrance = JourneyEntrance.over(app.stores.journeys(), app.customers, app.orders, clock);
        try (Campaigns campaigns = PastCampaigns.on(app, clock, SEED);
                Journeys journeys = Journeys.create(
                        app.stores.journeys(),
                        entrance,
                        new Journeys.Dependencies(
                                app.customers,
                                app.orders,
                                app.events,
                                app.predictions,
                                app.segments,
                                app.experiments,
                                campaigns.journeySends,
                                app.stores.campaigns().consents(),
                                app.stores.campaigns().suppressions(),
                                app.stores.campaigns().contacts(),
                                CampaignKeys.load(settings.secret(), app.config.dataDir())
                                        .addresses(),
                                app.audit),
                        new Journeys.SendRules(
                                settings.consentPolicy(), settings.frequencyCap(), settings.quietHours()),
                        clock,
                        OWNER)) {
            Instant tick = start.plus(TICK);
            for (JourneyTraffic.Happening h : plan.happenings()) {
                for (; !tick.isAfter(h.at()); tick = tick.plus(TICK)) {
                    step(clock, tick, journeys, campaigns);
                }
                clock.set(h.at());
                switch (h) {
                    case JourneyTraffic.EventArrives e -> entrance.accept(List.of(e.event()));
                    case JourneyTraffic.OrderPlaced o -> entrance.ordersPlaced(Set.of(o.customerId()));
                    case JourneyTraffic.ModelRefreshed r -> entrance.predictionsRefreshed(r.before(), r.after());
                }
            }
            for (; tick.isBefore(end); tick = tick.plus(TICK)) {
                step(clock, tick, journeys, campaigns);
            }
            step(clock, end, journeys, campaigns);
        }
    }

    private static void step(SimulatedClock clock, Instant at, Journeys journeys, Campaigns campaigns) {
        clock.set(at);
        journeys.worker.runDue();
        campaigns.sender.sendDue();
    }

    private static String summary(Services app) {
        StringBuilder line = new StringBuilder("Demo journeys (" + DAYS + " days of simulated traffic):");
        for (String id : IDS) {
            JourneyReport r = app.journeys.service.report(id);
            long sent = r.steps().stream()
                    .mapToLong(JourneyReport.StepFigures::sent)
                    .sum();
            line.append(String.format(
                    Locale.ROOT,
                    " %s %d entered (%d held out), %d sent to the outbox, %d converted;",
                    id,
                    r.entered() + r.holdoutEntered(),
                    r.holdoutEntered(),
                    sent,
                    r.converted() + r.holdoutConverted()));
        }
        line.setLength(line.length() - 1);
        return line.toString();
    }
}
