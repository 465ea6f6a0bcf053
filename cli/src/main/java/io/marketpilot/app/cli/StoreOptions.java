package io.marketpilot.app.cli;

import io.marketpilot.app.config.MarketPilotConfig;
import io.marketpilot.app.services.Services;
import io.marketpilot.app.services.ServicesOpener;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command that touches the store shares. */
public final class StoreOptions {
    private final ServicesOpener opener;

    StoreOptions(ServicesOpener opener) {
        this.opener = opener;
    }

    @Option(names = "--config", description = "YAML configuration file (default: ./marketpilot.yaml when present)")
    Path config;

    @Option(names = "--data-dir", description = "Directory for the embedded store and indexes (default: ./data)")
    String dataDir;

    @Option(names = "--db", description = "JDBC URL of the store, e.g. jdbc:postgresql://localhost/marketpilot")
    String dbUrl;

    @Option(names = "--db-user", description = "Database user")
    String dbUser;

    @Option(names = "--db-password", description = "Database password (prefer MARKETPILOT_DB_PASSWORD)")
    String dbPassword;

    public MarketPilotConfig config(Map<String, String> extraFlags) {
        Map<String, String> flags = new HashMap<>(extraFlags);
        flags.put("data-dir", dataDir);
        flags.put("db.url", dbUrl);
        flags.put("db.user", dbUser);
        flags.put("db.password", dbPassword);
        return new ConfigLoader(System.getenv()).load(config, flags);
    }

    /** The data directory these options and the configuration name (it holds the embedded store and the logs). */
    public Path dataDir() {
        return config(Map.of()).dataDir();
    }

    public Services open() {
        return open(config(Map.of()));
    }

    /** Opens the store these options name, with the settings a command changed (a port, an LLM). */
    public Services open(MarketPilotConfig config) {
        requireUsableDirectory(config.dataDir());
        return opener.open(config);
    }

    /**
     * Checked here because H2, given a file or an unwritable path as its directory, prints its own stack traces on
     * standard error before failing.
     */
    private static void requireUsableDirectory(Path dir) {
        try {
            OwnerOnly.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw MarketPilotException.invalid(
                    "The data directory " + dir + " is a file, not a directory (--data-dir)");
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot create the data directory " + dir + ": " + e + " (--data-dir)");
        }
        if (!Files.isWritable(dir)) {
            throw MarketPilotException.invalid("The data directory " + dir + " is not writable (--data-dir)");
        }
    }
}
