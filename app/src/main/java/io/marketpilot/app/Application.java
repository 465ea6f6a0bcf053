package io.marketpilot.app;

import io.marketpilot.app.bench.BenchCommand;
import io.marketpilot.app.cli.MarketPilotCommand;
import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import picocli.CommandLine;

/** The wiring: opens the configured store, builds the services over it, and assembles the command line. */
public final class Application {
    private Application() {}

    /** Opens (and migrates) the configured store and builds the services over it. */
    public static Services open(MarketPilotConfig config) {
        return Services.open(config);
    }

    /** The product's command line: every command, the benchmarks included, opening stores through {@link #open}. */
    public static CommandLine commandLine() {
        return MarketPilotCommand.commandLine(Application::open, new BenchCommand(Application::open));
    }
}
