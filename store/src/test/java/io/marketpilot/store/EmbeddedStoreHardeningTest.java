package io.marketpilot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store keeps to its owner: owner-only files, a generated password, a server on loopback only. */
class EmbeddedStoreHardeningTest {
    @TempDir
    Path tmp;

    // The legacy store below is made with plain JDBC; H2 must not load before the store has kept it on loopback.
    @BeforeAll
    static void keepH2OnLoopback() {
        H2Loopback.require();
    }

    @Test
    void aNewDataDirectoryAndItsStoreFilesAreOwnerOnly() throws IOException {
        Path dir = tmp.resolve("data");
        // held open while the files are checked: H2 keeps its lock file only while the store is open
        Database db = Database.open(DatabaseConfig.embedded(dir));
        try {
            assertThat(permissions(dir)).isEqualTo("rwx------");
            assertThat(permissions(dir.resolve("marketpilot.mv.db"))).isEqualTo("rw-------");
            assertThat(permissions(dir.resolve("marketpilot.lock.db"))).isEqualTo("rw-------");
            assertThat(permissions(dir.resolve(StorePassword.FILE_NAME))).isEqualTo("rw-------");
        } finally {
            db.close();
        }
    }

    @Test
    void aNewStoreHasTheGeneratedPasswordAndRefusesTheEmptyOne() throws IOException {
        Path dir = tmp.resolve("data");
        DatabaseConfig config = DatabaseConfig.embedded(dir);
        // held open while the password is read again, as a second process beside it would
        Database db = Database.open(config);
        try {
            assertThat(config.password()).hasSizeGreaterThanOrEqualTo(32).isEqualTo(passwordFile(dir));
            assertThat(DatabaseConfig.embedded(dir).password())
                    .as("every process that opens the directory reads the same password")
                    .isEqualTo(config.password());
        } finally {
            db.close();
        }
        assertRefusesTheEmptyPassword(config.url());
    }

    @Test
    void aStoreCreatedWithTheEmptyPasswordIsGivenTheGeneratedOne() throws SQLException, IOException {
        Path dir = tmp.resolve("data");
        String url = legacyStore(dir);

        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            String kept = db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM customers")
                    .mapTo(String.class)
                    .one());
            assertThat(kept).isEqualTo("kept");
        }

        assertRefusesTheEmptyPassword(url);
        try (Connection c = DriverManager.getConnection(url, "sa", passwordFile(dir))) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(permissions(dir.resolve("marketpilot.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void aPasswordGivenByAnInterruptedStartIsPublishedByTheNextOne() throws SQLException, IOException {
        Path dir = tmp.resolve("data");
        String url = legacyStore(dir);
        String given = StorePassword.generate();
        // the earlier start wrote the pending file and set the password, then died before publishing it
        Files.writeString(dir.resolve(StorePassword.FILE_NAME + ".pending"), given);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("ALTER USER sa SET PASSWORD '" + given + "'");
        }

        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customers")
                    .mapTo(Integer.class)
                    .one());
            assertThat(rows).isEqualTo(1);
        }
        assertThat(passwordFile(dir)).isEqualTo(given);
        assertThat(dir.resolve(StorePassword.FILE_NAME + ".pending")).doesNotExist();
    }

    @Test
    void theMixedModeServerListensOnLoopbackOnly() throws IOException {
        Path dir = tmp.resolve("data");
        // held open while its server is looked at: the server runs only while the store is open
        Database db = Database.open(DatabaseConfig.embedded(dir));
        try {
            String server = lockFileProperties(dir).getProperty("server"); // H2 writes 127.0.0.1 as localhost
            String host = server.substring(0, server.lastIndexOf(':'));
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            assertThat(InetAddress.getByName(host).isLoopbackAddress())
                    .as("the address other processes are told to use: %s", server)
                    .isTrue();
            ListeningSockets sockets = ListeningSockets.read();
            if (sockets.available()) {
                assertThat(sockets.localAddressesOnPort(port))
                        .as("every socket listening on port " + port)
                        .containsOnly("127.0.0.1");
            }
        } finally {
            db.close();
        }
    }

    /** A store as MarketPilot made it before it had a password: user sa, empty password; one customer. */
    private static String legacyStore(Path dir) throws IOException {
        Files.createDirectories(dir);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("marketpilot") + ";AUTO_SERVER=TRUE";
        try (Database db = Database.open(new DatabaseConfig(url, "sa", ""))) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO customers (id, name) VALUES ('kept', 'Kept')"));
        }
        return url;
    }

    private static void assertRefusesTheEmptyPassword(String url) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode())
                        .isEqualTo(org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD));
    }

    private static String passwordFile(Path dir) throws IOException {
        return Files.readString(dir.resolve(StorePassword.FILE_NAME)).strip();
    }

    private static Properties lockFileProperties(Path dir) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("marketpilot.lock.db"), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return p;
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
