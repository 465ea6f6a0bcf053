package io.marketpilot.store;

import java.nio.file.Path;

/** Where the store lives: a JDBC URL with credentials; the embedded default is an H2 file under the data dir. */
public record DatabaseConfig(String url, String user, String password) {

    /** The embedded default: an H2 file {@code marketpilot.mv.db} inside {@code dataDir}. */
    public static DatabaseConfig embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().resolve("marketpilot").toString();
        return new DatabaseConfig(
                "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=262144",
                "sa",
                "");
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
}
