package io.marketpilot.store;

import java.nio.file.Path;
import java.util.Optional;

/** Where the store lives: a JDBC URL with credentials; the embedded default is an H2 file under the data dir. */
public record DatabaseConfig(String url, String user, String password) {
    private static final String H2_FILE = "jdbc:h2:file:";

    /**
     * The embedded default: an H2 file {@code marketpilot.mv.db} inside {@code dataDir}, which is created owner-only
     * when missing. H2's automatic mixed mode lets the CLI use the store while {@code demo} or {@code serve} holds
     * it: the first process opens the file and serves it on a loopback port, the others connect through that port
     * with the password in {@code store.password}, generated for the directory. (Mixed mode needs H2 to close the
     * file at exit itself, so DB_CLOSE_ON_EXIT stays at its default.)
     *
     * <p>{@code WRITE_DELAY=0}: by default H2 acknowledges a commit and writes it up to 500 ms later, so a process
     * killed in that window loses transactions it reported as committed (4,200 acknowledged events in one probe).
     * With 0 every commit writes its chunk to the file before it returns. H2 does not fsync it: the commit survives
     * the process dying (kill -9, out-of-memory killer, JVM crash) but not the operating system or the power failing
     * before the kernel writes its cache; PostgreSQL is the store for that.
     */
    public static DatabaseConfig embedded(Path dataDir) {
        return EmbeddedStore.config(
                dataDir, ";AUTO_SERVER=TRUE;WRITE_DELAY=0;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=262144");
    }

    public Dialect dialect() {
        return Dialect.of(url);
    }

    /** The URL without credentials or parameters, safe to print and log. */
    public String displayUrl() {
        int semicolon = url.indexOf(';');
        int question = url.indexOf('?');
        int cut = semicolon >= 0 ? semicolon : question >= 0 ? question : url.length();
        return url.substring(0, cut);
    }

    /** For an H2 file store, the file's path without H2's suffixes ({@code .mv.db}, {@code .lock.db}). */
    Optional<Path> h2File() {
        String location = displayUrl();
        return location.startsWith(H2_FILE)
                ? Optional.of(Path.of(location.substring(H2_FILE.length())))
                : Optional.empty();
    }
}
