package io.marketpilot.app.bench;

import io.marketpilot.app.campaign.CampaignLaunch;
import io.marketpilot.app.campaign.CampaignPreview;
import io.marketpilot.app.campaign.NewCampaign;
import io.marketpilot.app.insight.StoreSegments;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.services.ServicesOpener;
import io.marketpilot.core.campaign.AudienceSpec;
import io.marketpilot.core.campaign.ChannelKind;
import io.marketpilot.core.campaign.ContentRef;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How long resolving a campaign's audience takes over a whole shop's customers: an orders file (the real UCI Online
 * Retail file) is imported into a fresh store, every customer is given an address and an e-mail opt-in, the customers
 * are segmented, and then each segment's audience and rule audiences over every customer are resolved as a campaign
 * preview does (candidates read in bulk with their consents, suppressions, recent contacts; holdout, quiet hours and
 * send times decided; nothing stored), and once as scheduling does (the audience stored and every recipient queued).
 */
public final class AudienceBenchmark {
    /** Selects every customer with a purchase: the rule audience over the whole base. */
    static final String EVERY_BUYER = "recency_days >= 0";

    /** A narrower rule of the kind a marketer writes: lapsed customers who spent well. */
    static final String LAPSED_SPENDERS = "recency_days > 90 and monetary >= 200";

    private AudienceBenchmark() {}

    /** One audience resolved: what it named, what came out, and how long it took. */
    public record Resolution(
            String audience, long candidates, long recipients, Map<String, Long> leftOut, double seconds) {
        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "  %-52s %,6d candidates -> %,6d recipients in %6.2f s; left out %s",
                    audience,
                    candidates,
                    recipients,
                    seconds,
                    reasons());
        }

        /** The reasons that left someone out, with how many each. */
        private Map<String, Long> reasons() {
            Map<String, Long> given = new TreeMap<>();
            leftOut.forEach((reason, n) -> {
                if (n > 0) {
                    given.put(reason, n);
                }
            });
            return given;
        }
    }

    /**
     * The run's figures.
     *
     * @param customers customers in the store after the import
     * @param everyone the segments' audiences one after another: every segmented customer once
     * @param scheduled the rule over every buyer scheduled: resolved, stored and queued
     */
    public record Result(
            String source,
            String store,
            long customers,
            double importSeconds,
            double segmentSeconds,
            List<Resolution> segments,
            Resolution everyone,
            List<Resolution> rules,
            Resolution scheduled) {
        public String describe() {
            StringBuilder s = new StringBuilder(String.format(
                    Locale.ROOT,
                    "audience resolution, %s, %s: %,d customers (import %.1f s, segmentation %.1f s)%n",
                    source,
                    store,
                    customers,
                    importSeconds,
                    segmentSeconds));
            segments.forEach(r -> s.append(r.describe()).append('\n'));
            s.append(everyone.describe()).append('\n');
            rules.forEach(r -> s.append(r.describe()).append('\n'));
            return s.append(scheduled.describe()).toString();
        }
    }

    public static Result run(
            ServicesOpener opener,
            FreshStore.Kind kind,
            String postgresUrl,
            String postgresUser,
            Path orders,
            PrintStream out)
            throws IOException {
        try (FreshStore store = FreshStore.create(kind, postgresUrl, postgresUser);
                Services app = opener.open(store.config())) {
            out.printf("importing %s into %s%n", orders, store.describe());
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(orders)) {
                out.println(app.importFile(
                                ImportKind.ORDERS,
                                orders.getFileName().toString(),
                                in,
                                false,
                                "bench",
                                ImportProgress.NONE)
                        .summary());
            }
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            List<String> ids = giveAddressesAndConsent(app);
            long contentId = BenchShop.approvedEmail(app);
            out.printf(Locale.ROOT, "%,d customers opted in; segmenting%n", ids.size());
            long t1 = System.nanoTime();
            StoreSegments.StoredRun run = app.segments.run("auto", 42, Optional.empty());
            double segmentSeconds = (System.nanoTime() - t1) / 1e9;

            List<Resolution> segments = new ArrayList<>();
            for (Map<String, Object> segment : run.segments()) {
                int index = StoreSegments.StoredRun.segmentNumber(segment);
                String name = "segment " + index + " (" + run.segmentName(index) + ")";
                segments.add(preview(app, name, AudienceSpec.Segment.byIndex(Optional.empty(), index), contentId));
                out.println(segments.getLast().describe());
            }
            Resolution everyone = new Resolution(
                    "every segment, one after another",
                    segments.stream().mapToLong(Resolution::candidates).sum(),
                    segments.stream().mapToLong(Resolution::recipients).sum(),
                    Map.of(),
                    segments.stream().mapToDouble(Resolution::seconds).sum());
            List<Resolution> rules = new ArrayList<>();
            // the first rule audience builds the feature table the rules read; later ones find it published
            for (String rule : List.of(EVERY_BUYER, EVERY_BUYER, LAPSED_SPENDERS)) {
                String name = "rule " + rule + (rules.isEmpty() ? " (features built)" : "");
                rules.add(preview(app, name, new AudienceSpec.Rule(rule), contentId));
                out.println(rules.getLast().describe());
            }
            return new Result(
                    orders.toString(),
                    store.describe(),
                    app.customers.count(),
                    importSeconds,
                    segmentSeconds,
                    segments,
                    everyone,
                    rules,
                    schedule(app, contentId));
        }
    }

    /** Gives every imported customer an address (the UCI file has none) and an e-mail opt-in; returns their ids. */
    private static List<String> giveAddressesAndConsent(Services app) {
        List<Customer> addressed = new ArrayList<>();
        app.customers.forEach(c -> addressed.add(new Customer(
                c.id(),
                c.email() != null ? c.email() : "c" + c.id().toLowerCase(Locale.ROOT) + "@retail.example",
                c.name(),
                c.country(),
                c.city(),
                c.signupDate())));
        BenchShop.saveCustomers(app, addressed);
        List<String> ids = addressed.stream().map(Customer::id).toList();
        BenchShop.optIn(app, ids);
        return ids;
    }

    private static String created(Services app, String name, AudienceSpec audience, long contentId) {
        return app.campaigns
                .service
                .create(
                        NewCampaign.of(name, audience, new ContentRef.Approved(List.of(contentId)), ChannelKind.EMAIL),
                        "bench-author")
                .id();
    }

    /** Resolves the audience as a preview does: everything decided, nothing stored. */
    private static Resolution preview(Services app, String name, AudienceSpec audience, long contentId) {
        String id = created(app, name, audience, contentId);
        long t0 = System.nanoTime();
        CampaignPreview preview = app.campaigns.service.preview(id, List.of(), 0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Resolution(name, preview.candidates(), preview.recipients(), preview.leftOut(), seconds);
    }

    /** Resolves, stores and queues the rule audience over every buyer, as scheduling the campaign does. */
    private static Resolution schedule(Services app, long contentId) {
        String name = "schedule: rule " + EVERY_BUYER + " (stored, queued)";
        String id = created(app, name, new AudienceSpec.Rule(EVERY_BUYER), contentId);
        app.campaigns.service.submit(id, "bench-author");
        app.campaigns.service.approve(id, "bench-approver", "benchmark");
        long t0 = System.nanoTime();
        CampaignLaunch launch = app.campaigns.service.schedule(id, "bench-approver");
        double seconds = (System.nanoTime() - t0) / 1e9;
        long leftOut =
                launch.leftOut().values().stream().mapToLong(Long::longValue).sum();
        return new Resolution(name, launch.recipients() + leftOut, launch.queued(), launch.leftOut(), seconds);
    }
}
