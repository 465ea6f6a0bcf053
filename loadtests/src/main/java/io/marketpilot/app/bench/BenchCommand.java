package io.marketpilot.app.bench;

import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.services.ServicesOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marketpilot bench …}: the measured speed figures of docs/benchmarks.md. */
@Command(
        name = "bench",
        description = "Benchmarks behind docs/benchmarks.md.",
        subcommands = {
            BenchCommand.Import.class,
            BenchCommand.Events.class,
            BenchCommand.Reads.class,
            BenchCommand.Durability.class,
            BenchCommand.Campaign.class,
            JourneyBenchCommand.class
        })
public final class BenchCommand implements Runnable {
    private final ServicesOpener opener;
    private final ClockedOpener clockedOpener;

    /** Opens the services on a clock the benchmark moves (a journey's wait is jumped over, not sat through). */
    @FunctionalInterface
    public interface ClockedOpener {
        Services open(MarketPilotConfig config, Clock clock);
    }

    public BenchCommand(ServicesOpener opener, ClockedOpener clockedOpener) {
        this.opener = opener;
        this.clockedOpener = clockedOpener;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** The opener of the bench command a subcommand runs under, which picocli sets before it calls the subcommand. */
    private static ServicesOpener opener(@Nullable BenchCommand parent) {
        if (parent == null) {
            throw new IllegalStateException("a bench subcommand runs only under the bench command");
        }
        return parent.opener;
    }

    /** The clocked opener of the bench command a subcommand runs under. */
    static ClockedOpener clockedOpener(@Nullable BenchCommand parent) {
        if (parent == null) {
            throw new IllegalStateException("a bench subcommand runs only under the bench command");
        }
        return parent.clockedOpener;
    }

    /** Imports an Online Retail-layout file into a fresh embedded store, twice, and reports lines per second. */
    @Command(name = "import", description = "Time importing a UCI Online Retail-layout file into a fresh H2 store.")
    static final class Import implements Callable<Integer> {
        @Option(
                names = "--file",
                description = "The real Online_Retail.csv; without it a file of the same shape is generated")
        @Nullable
        Path file;

        @Option(
                names = "--lines",
                defaultValue = "541909",
                description = "Lines to generate (default ${DEFAULT-VALUE})")
        int lines;

        @Option(names = "--seed", defaultValue = "1", description = "Seed for the generated file")
        long seed;

        @Option(names = "--keep", description = "Also write the generated file here, e.g. to segment it afterwards")
        java.nio.file.@Nullable Path keep;

        @Override
        public Integer call() throws Exception {
            if (keep != null && file == null) {
                ImportBenchmark.writeGenerated(keep, lines, seed);
            }
            System.out.println(ImportBenchmark.run(file, lines, seed).describe());
            return 0;
        }
    }

    /** Sustained ingest of experiment events through the events intake into a fresh H2 store. */
    @Command(
            name = "events",
            description = "Time ingesting experiment events (validated, deduplicated) into a fresh embedded H2 store.")
    static final class Events implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        @Nullable
        BenchCommand bench; // set by picocli before call()

        @Option(names = "--events", defaultValue = "300000", description = "Events to send (default ${DEFAULT-VALUE})")
        int events;

        @Option(names = "--batch", defaultValue = "1000", description = "Events per request (default ${DEFAULT-VALUE})")
        int batch;

        @Option(names = "--seed", defaultValue = "1")
        long seed;

        @Option(
                names = "--http",
                description = "Send over HTTP to a real server instead of calling the intake in process")
        boolean http;

        @Option(names = "--threads", defaultValue = "1", description = "Concurrent senders (default ${DEFAULT-VALUE})")
        int threads;

        @Override
        public Integer call() throws Exception {
            if (events < 1 || batch < 1 || threads < 1) {
                throw io.marketpilot.core.MarketPilotException.invalid(
                        "--events, --batch and --threads must be positive");
            }
            for (var r : EventBenchmark.run(opener(bench), events, batch, seed, http, threads)) {
                System.out.println(r.describe());
            }
            return 0;
        }
    }

    /** Every read of the server timed over a large store, against a budget. */
    @Command(
            name = "reads",
            description = "Time every API read and dashboard page over the sample shop, an orders file and a million"
                    + " events; exits 1 when a read is over the budget or fails.")
    static final class Reads implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        @Nullable
        BenchCommand bench; // set by picocli before call()

        @Option(
                names = "--orders",
                description = "An orders file, e.g. the real online_retail.csv.gz; without it"
                        + " a file of the same shape is generated")
        @Nullable
        Path orders;

        @Option(
                names = "--lines",
                defaultValue = "541909",
                description = "Lines to generate (default ${DEFAULT-VALUE})")
        int lines;

        @Option(
                names = "--events",
                defaultValue = "1000000",
                description = "Events in the store (default ${DEFAULT-VALUE})")
        long events;

        @Option(
                names = "--repeats",
                defaultValue = "5",
                description = "Timed requests per read (default ${DEFAULT-VALUE})")
        int repeats;

        @Option(
                names = "--budget-ms",
                defaultValue = "2000",
                description = "Slowest answer allowed (default ${DEFAULT-VALUE})")
        double budget;

        @Option(
                names = "--data-dir",
                description = "Store to fill and keep, reused by a later run (default: a new temporary directory)")
        @Nullable
        Path dataDir;

        @Override
        public Integer call() throws Exception {
            if (repeats < 1 || events < 0 || lines < 1) {
                throw io.marketpilot.core.MarketPilotException.invalid("--repeats and --lines must be positive");
            }
            Path dir = dataDir != null ? dataDir : java.nio.file.Files.createTempDirectory("marketpilot-reads");
            var result = ReadBenchmark.run(opener(bench), dir, orders, lines, events, repeats, budget);
            System.out.printf(
                    "%n%,d events, %,d order lines; model builds (ms): %s%n",
                    result.events(), result.orderLines(), result.buildMillis());
            var over = result.overBudget();
            System.out.printf(
                    "%d reads, slowest %.0f ms; %d over the %.0f ms budget or failing%n",
                    result.timings().size(),
                    result.timings().stream()
                            .mapToDouble(t -> t.maxMillis())
                            .max()
                            .orElse(0),
                    over.size(),
                    budget);
            over.forEach(t -> System.out.println("  over: " + t));
            return over.isEmpty() ? 0 : 1;
        }
    }

    /** The cost of writing each commit before acknowledging it, against H2's default write delay, side by side. */
    @Command(
            name = "durability",
            description = "Time the same event batches into two fresh embedded H2 stores taking turns: MarketPilot's,"
                    + " which writes each commit before acknowledging it, and one with H2's default 500 ms write"
                    + " delay.")
    static final class Durability implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        @Nullable
        BenchCommand bench; // set by picocli before call()

        @Option(
                names = "--events",
                defaultValue = "100000",
                description = "Events per store (default ${DEFAULT-VALUE})")
        int events;

        @Option(names = "--batch", defaultValue = "200", description = "Events per request (default ${DEFAULT-VALUE})")
        int batch;

        @Option(names = "--threads", defaultValue = "4", description = "Concurrent senders (default ${DEFAULT-VALUE})")
        int threads;

        @Option(
                names = "--phase",
                defaultValue = "10",
                description = "Batches a store takes before the other's turn (default ${DEFAULT-VALUE})")
        int phase;

        @Option(names = "--http", description = "Send over HTTP to a real server per store instead of in process")
        boolean http;

        @Option(names = "--seed", defaultValue = "1")
        long seed;

        @Override
        public Integer call() throws Exception {
            if (events < 1 || batch < 1 || threads < 1 || phase < 1) {
                throw io.marketpilot.core.MarketPilotException.invalid(
                        "--events, --batch, --threads and --phase must be positive");
            }
            var results = DurabilityBenchmark.run(opener(bench), events, batch, seed, http, threads, phase);
            results.forEach(r -> System.out.println(r.describe()));
            System.out.printf(
                    java.util.Locale.ROOT,
                    "writing each commit first takes %.2f times as long%n",
                    results.get(0).seconds() / results.get(1).seconds());
            return 0;
        }
    }

    /** Messages per second from the campaign sender to the outbox and to SMTP, and audience resolution over a shop. */
    @Command(
            name = "campaign",
            description = "Time sending a campaign to N opted-in customers through the real sender and send queue, into"
                    + " the outbox and to an SMTP server started in process (counting what arrived: none missing or"
                    + " doubled), and resolving campaign audiences (each segment, rules) over every customer of an"
                    + " orders file; exits 1 when a message is missing or doubled.")
    static final class Campaign implements Callable<Integer> {
        @picocli.CommandLine.ParentCommand
        @Nullable
        BenchCommand bench; // set by picocli before call()

        @Option(
                names = "--recipients",
                defaultValue = "100000",
                description = "Opted-in customers the campaign is sent to (default ${DEFAULT-VALUE})")
        int recipients;

        @Option(
                names = "--to",
                split = ",",
                defaultValue = "outbox,smtp",
                description = "Where the campaign is sent, one run each in a fresh store: outbox, smtp"
                        + " (default ${DEFAULT-VALUE})")
        java.util.List<String> targets = new java.util.ArrayList<>();

        @Option(
                names = "--orders",
                description = "The orders file whose customers the audiences are resolved over, e.g."
                        + " ../shared/data/online-retail/online_retail.csv.gz; without it a file of the same"
                        + " shape is generated")
        @Nullable
        Path orders;

        @Option(
                names = "--lines",
                defaultValue = "541909",
                description = "Lines to generate without --orders (default ${DEFAULT-VALUE})")
        int lines;

        @Option(names = "--skip-send", description = "Only resolve audiences")
        boolean skipSend;

        @Option(names = "--skip-audience", description = "Only send")
        boolean skipAudience;

        @Option(
                names = "--store",
                defaultValue = "h2",
                description = "h2 (a fresh embedded file store per run) or postgres (a fresh schema per run,"
                        + " dropped afterwards) (default ${DEFAULT-VALUE})")
        String store = "h2";

        @Option(
                names = "--db-url",
                defaultValue = FreshStore.POSTGRES_URL,
                description = "The PostgreSQL server of --store postgres (default ${DEFAULT-VALUE})")
        String dbUrl = FreshStore.POSTGRES_URL;

        @Option(names = "--db-user", defaultValue = "postgres", description = "Its user (default ${DEFAULT-VALUE})")
        String dbUser = "postgres";

        @Override
        public Integer call() throws Exception {
            if (recipients < 1 || lines < 1) {
                throw io.marketpilot.core.MarketPilotException.invalid("--recipients and --lines must be positive");
            }
            FreshStore.Kind kind = FreshStore.kind(store);
            ServicesOpener opener = opener(bench);
            boolean exact = true;
            if (!skipSend) {
                for (CampaignSendBenchmark.Target target : targets()) {
                    var result = CampaignSendBenchmark.run(opener, kind, dbUrl, dbUser, recipients, target, System.out);
                    System.out.println(result.describe());
                    exact &= result.exact();
                }
            }
            if (!skipAudience) {
                System.out.println(audiences(opener, kind).describe());
            }
            return exact ? 0 : 1;
        }

        private java.util.Set<CampaignSendBenchmark.Target> targets() {
            java.util.Set<CampaignSendBenchmark.Target> chosen = new java.util.LinkedHashSet<>();
            for (String t : targets) {
                switch (t.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "outbox" -> chosen.add(CampaignSendBenchmark.Target.OUTBOX);
                    case "smtp" -> chosen.add(CampaignSendBenchmark.Target.SMTP);
                    default ->
                        throw io.marketpilot.core.MarketPilotException.invalid(
                                "--to takes outbox and smtp, not '" + t + "'");
                }
            }
            return chosen;
        }

        private AudienceBenchmark.Result audiences(ServicesOpener opener, FreshStore.Kind kind)
                throws java.io.IOException {
            if (orders != null) {
                return AudienceBenchmark.run(opener, kind, dbUrl, dbUser, orders, System.out);
            }
            Path dir = java.nio.file.Files.createTempDirectory("marketpilot-bench-orders");
            Path generated = dir.resolve("online-retail-like.csv");
            try {
                OnlineRetailLikeFile.write(generated, lines, 1);
                return AudienceBenchmark.run(opener, kind, dbUrl, dbUser, generated, System.out);
            } finally {
                java.nio.file.Files.deleteIfExists(generated);
                java.nio.file.Files.deleteIfExists(dir);
            }
        }
    }
}
