package io.marketpilot.app.config;

import io.marketpilot.app.support.SupportSettings;
import io.marketpilot.llm.LlmSettings;
import java.nio.file.Path;

/**
 * The one typed configuration, resolved from (lowest to highest) defaults, {@code marketpilot.yaml}, environment
 * variables {@code MARKETPILOT_*} and command-line flags. The CLI's {@code ConfigLoader} resolves it and lists the keys.
 */
public record MarketPilotConfig(
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String host,
        int port,
        LlmSettings llm,
        ServerSettings server,
        SupportSettings support,
        CampaignSettings campaigns) {

    public static final int DEFAULT_PORT = 7070;

    /**
     * Without a language model (every feature on its offline path), served over plain HTTP with no proxy; campaigns
     * send e-mail to the outbox.
     */
    public MarketPilotConfig(Path dataDir, String dbUrl, String dbUser, String dbPassword, String host, int port) {
        this(
                dataDir,
                dbUrl,
                dbUser,
                dbPassword,
                host,
                port,
                LlmSettings.offline(),
                ServerSettings.defaults(),
                SupportSettings.defaults(),
                CampaignSettings.defaults());
    }

    /** True when no store URL is configured: the embedded H2 file under the data directory serves. */
    public boolean embeddedStore() {
        return dbUrl == null || dbUrl.isBlank();
    }

    public MarketPilotConfig withPort(int newPort) {
        return new MarketPilotConfig(
                dataDir, dbUrl, dbUser, dbPassword, host, newPort, llm, server, support, campaigns);
    }

    public MarketPilotConfig withLlm(LlmSettings newLlm) {
        return new MarketPilotConfig(
                dataDir, dbUrl, dbUser, dbPassword, host, port, newLlm, server, support, campaigns);
    }

    public MarketPilotConfig withCampaigns(CampaignSettings newCampaigns) {
        return new MarketPilotConfig(
                dataDir, dbUrl, dbUser, dbPassword, host, port, llm, server, support, newCampaigns);
    }

    public MarketPilotConfig withServer(ServerSettings newServer) {
        return new MarketPilotConfig(
                dataDir, dbUrl, dbUser, dbPassword, host, port, llm, newServer, support, campaigns);
    }
}
