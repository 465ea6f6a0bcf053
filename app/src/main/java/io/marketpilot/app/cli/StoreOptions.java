package io.marketpilot.app.cli;

import io.marketpilot.app.Application;
import io.marketpilot.app.config.ConfigLoader;
import io.marketpilot.app.config.MarketPilotConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command that touches the store shares. */
public final class StoreOptions {
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

    public Application open() {
        return Application.open(config(Map.of()));
    }
}
