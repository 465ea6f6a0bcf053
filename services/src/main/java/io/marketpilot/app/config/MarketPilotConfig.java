package io.marketpilot.app.config;

import io.marketpilot.llm.LlmSettings;
import io.marketpilot.store.DatabaseConfig;
import java.nio.file.Path;

/**
 * The one typed configuration, resolved from (lowest to highest) defaults, {@code marketpilot.yaml}, environment
 * variables {@code MARKETPILOT_*} and command-line flags. See {@link ConfigLoader} for the keys.
 */
public record MarketPilotConfig(
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String host,
        int port,
        LlmSettings llm,
        ServerSettings server) {

    public static final int DEFAULT_PORT = 7070;

    /** Without a language model (every feature on its offline path), served over plain HTTP with no proxy. */
    public MarketPilotConfig(Path dataDir, String dbUrl, String dbUser, String dbPassword, String host, int port) {
        this(dataDir, dbUrl, dbUser, dbPassword, host, port, LlmSettings.offline(), ServerSettings.defaults());
    }

    /** The store to open: the configured URL, or the embedded H2 file under the data directory. */
    public DatabaseConfig database() {
        if (dbUrl == null || dbUrl.isBlank()) {
            return DatabaseConfig.embedded(dataDir);
        }
        return new DatabaseConfig(dbUrl, dbUser == null ? "" : dbUser, dbPassword == null ? "" : dbPassword);
    }

    public MarketPilotConfig withPort(int newPort) {
        return new MarketPilotConfig(dataDir, dbUrl, dbUser, dbPassword, host, newPort, llm, server);
    }

    public MarketPilotConfig withLlm(LlmSettings newLlm) {
        return new MarketPilotConfig(dataDir, dbUrl, dbUser, dbPassword, host, port, newLlm, server);
    }

    public MarketPilotConfig withServer(ServerSettings newServer) {
        return new MarketPilotConfig(dataDir, dbUrl, dbUser, dbPassword, host, port, llm, newServer);
    }
}
