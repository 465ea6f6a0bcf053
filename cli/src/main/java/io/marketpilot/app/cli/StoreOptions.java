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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options every command that touches the store shares. */
public final class StoreOptions {
    private final ServicesOpener opener;

    StoreOptions(ServicesOpener opener) {
        this.opener = opener;
    }

    @Option(names = "--config", description = "YAML configuration file (default: ./marketpilot.yaml when present)")
    @Nullable
    Path config;

    @Option(names = "--data-dir", description = "Directory for the embedded store and indexes (default: ./data)")
    @Nullable
    String dataDir;

    @Option(names = "--db", description = "JDBC URL of the store, e.g. jdbc:postgresql://localhost/marketpilot")
    @Nullable
    String dbUrl;

    @Option(names = "--db-user", description = "Database user")
    @Nullable
    String dbUser;

    @Option(names = "--db-password", description = "Database password (prefer MARKETPILOT_DB_PASSWORD)")
    @Nullable
    String dbPassword;

    public MarketPilotConfig config(Map<String, String> extraFlags) {
        Map<String, String> flags = new HashMap<>(extraFlags);
        putGiven(flags, "data-dir", dataDir);
        putGiven(flags, "db.url", dbUrl);
        putGiven(flags, "db.user", dbUser);
        putGiven(flags, "db.password", dbPassword);
        return new ConfigLoader(System.getenv()).load(Optional.ofNullable(config), flags);
    }

    /** An option left out names no value, so the configuration file's or the environment's stands. */
    private static void putGiven(Map<String, String> flags, String key, @Nullable String value) {
        if (value == null) {
            flags.remove(key);
        } else {
            flags.put(key, value);
        }
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
