package io.marketpilot.store;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 store of a data directory: an owner-only directory, owner-only files, a generated password, and
 * a mixed-mode server that only this machine can reach.
 */
final class EmbeddedStore {
    static final String NAME = "marketpilot";
    static final String USER = "sa";
    private static final List<String> FILE_SUFFIXES = List.of(".mv.db", ".lock.db", ".trace.db");
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStore.class);

    private EmbeddedStore() {}

    /** Prepares the directory (created owner-only, password read or made) and says how to open its store. */
    static DatabaseConfig config(Path dataDir, String settings) {
        Path dir = dataDir.toAbsolutePath();
        createDirectory(dir);
        H2Loopback.require();
        String url = "jdbc:h2:file:" + dir.resolve(NAME) + settings;
        String password = StorePassword.readOrCreate(dir, newPassword -> giveToExistingStore(dir, url, newPassword));
        return new DatabaseConfig(url, USER, password);
    }

    /** Narrows the H2 files of the store at {@code base} (the path without H2's suffixes) to their owner. */
    static void restrictFiles(Path base) {
        for (String suffix : FILE_SUFFIXES) {
            Path file = base.resolveSibling(base.getFileName() + suffix);
            try {
                if (Files.exists(file)) {
                    OwnerOnly.restrict(file);
                }
            } catch (IOException e) {
                // a file of another user's store, reached through its server: not ours to change
                LOG.warn("store=permissions file={} result=unchanged reason=\"{}\"", file, e.getMessage());
            }
        }
    }

    private static void createDirectory(Path dir) {
        try {
            OwnerOnly.createDirectories(dir);
        } catch (IOException e) {
            throw MarketPilotException.invalid("Cannot create the data directory " + dir + ": " + e + " (--data-dir)");
        }
    }

    /**
     * Stores made before the password existed have user sa with an empty password: they get the new one. When the
     * empty password is refused, an earlier start already set this password and was stopped before publishing it.
     */
    private static void giveToExistingStore(Path dir, String url, String password) {
        if (!Files.exists(dir.resolve(NAME + ".mv.db"))) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, USER, "");
                Statement s = c.createStatement()) {
            // the password is URL-safe base64: nothing in it needs quoting
            s.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
            LOG.info("store=password-set dir={} reason=created-without-password", dir);
        } catch (SQLException e) {
            if (e.getErrorCode() != org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new MarketPilotException(
                        ErrorCode.UNAVAILABLE,
                        "Cannot give the embedded store in " + dir + " its password: " + e.getMessage(),
                        Map.of("dir", dir.toString()),
                        e);
            }
        }
    }
}
