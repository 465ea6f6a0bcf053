package io.marketpilot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An open, migrated store: a connection pool, the dialect and a Jdbi handle factory. */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens the pool and applies pending Flyway migrations; fails with a hint when the server is unreachable. */
    public static Database open(DatabaseConfig config) {
        return open(config, Optional.empty());
    }

    /** As {@link #open(DatabaseConfig)}, confined to one schema (PostgreSQL), which is created when missing. */
    public static Database open(DatabaseConfig config, String schema) {
        return open(config, Optional.of(schema));
    }

    private static Database open(DatabaseConfig config, Optional<String> schema) {
        Dialect dialect = config.dialect();
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(dialect == Dialect.H2 ? 4 : 10);
        hikari.setPoolName("marketpilot");
        hikari.setInitializationFailTimeout(5_000);
        schema.ifPresent(hikari::setSchema);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new MarketPilotException(
                    ErrorCode.UNAVAILABLE,
                    "Cannot open the database at " + config.displayUrl() + ": " + rootMessage(e)
                            + (dialect == Dialect.POSTGRESQL
                                    ? " (is PostgreSQL running and the database created?)"
                                    : " (is another MarketPilot process using this data directory, or does its"
                                            + " store.password not match the store?)"),
                    java.util.Map.of("url", config.displayUrl()),
                    e);
        }
        migrate(dataSource, schema);
        config.h2File().ifPresent(EmbeddedStore::restrictFiles);
        LOG.info("store=open url={} dialect={}", config.displayUrl(), dialect);
        return new Database(dataSource, dialect);
    }

    private static void migrate(DataSource dataSource, Optional<String> schema) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        schema.ifPresent(s -> flyway.schemas(s).createSchemas(true));
        flyway.load().migrate();
    }

    private static @Nullable String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
