package io.marketpilot.app.bench;

import io.marketpilot.core.MarketPilotException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code marketpilot bench journey}: trigger evaluation and the timer sweep of journeys at a million customers. */
@Command(
        name = "journey",
        description = "Time journeys over N customers in a fresh store: their signed_up events through the event"
                + " intake with no, one and several journeys active (events/s), then the journey worker setting"
                + " every wait's timer, polling while none is due, and firing them once the clock is moved past"
                + " the wait (timers/s); exits 1 unless every customer entered, waited, was tagged and left exactly"
                + " once.")
final class JourneyBenchCommand implements Callable<Integer> {
    @ParentCommand
    @Nullable
    BenchCommand bench; // set by picocli before call()

    @Option(
            names = "--customers",
            defaultValue = "1000000",
            description = "Customers, each entering the journey once (default ${DEFAULT-VALUE})")
    int customers;

    @Option(
            names = "--journeys",
            defaultValue = "5",
            description = "Journeys active in the last run of events: the measured one and others on the same event"
                    + " that never fire (default ${DEFAULT-VALUE})")
    int journeys;

    @Option(
            names = "--sample",
            defaultValue = "100000",
            description = "Events of the runs with no journey and with every journey, at most a quarter of the"
                    + " customers (default ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--batch", defaultValue = "1000", description = "Events per intake call (default ${DEFAULT-VALUE})")
    int batch;

    @Option(
            names = "--store",
            defaultValue = "h2",
            description = "h2 (a fresh embedded file store) or postgres (a fresh schema, dropped afterwards)"
                    + " (default ${DEFAULT-VALUE})")
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
        if (customers < 4 || journeys < 1 || sample < 1 || batch < 1) {
            throw MarketPilotException.invalid(
                    "--customers must be at least 4, and --journeys, --sample and --batch positive");
        }
        JourneyBenchResult result = JourneyBenchmark.run(
                BenchCommand.clockedOpener(bench),
                FreshStore.kind(store),
                dbUrl,
                dbUser,
                new JourneyBenchmark.Settings(customers, journeys, sample, batch),
                System.out);
        System.out.println(result.describe());
        return result.exact() ? 0 : 1;
    }
}
