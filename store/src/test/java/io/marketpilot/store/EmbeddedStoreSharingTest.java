package io.marketpilot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store can be used by a second process while the first holds it open, as when the CLI runs next to
 * {@code marketpilot demo}: the child process below writes through the first one's automatic server.
 */
class EmbeddedStoreSharingTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessReadsAndWritesTheStoreThatThisProcessHoldsOpen() throws Exception {
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE shared_probe (who VARCHAR(20))"));
            db.jdbi().useHandle(h -> h.execute("INSERT INTO shared_probe VALUES ('parent')"));

            Child child = runChild(dir);

            assertThat(child.exitCode()).as(child.output()).isZero();
            assertThat(child.output()).contains("rows seen by the child: 1");
            List<String> rows = db.jdbi().withHandle(h -> h.createQuery("SELECT who FROM shared_probe ORDER BY who")
                    .mapTo(String.class)
                    .list());
            assertThat(rows).containsExactly("child", "parent");
        }
    }

    record Child(int exitCode, String output) {}

    private static Child runChild(Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        SecondProcess.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
            return new Child(-1, "the child process did not finish in 60 s: " + output);
        }
        return new Child(p.exitValue(), output);
    }

    /** The second process: opens the same data directory, reads the parent's row and adds its own. */
    public static final class SecondProcess {
        public static void main(String[] args) {
            try (Database db = Database.open(DatabaseConfig.embedded(Path.of(args[0])))) {
                int seen = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM shared_probe")
                        .mapTo(Integer.class)
                        .one());
                System.out.println("rows seen by the child: " + seen);
                db.jdbi().useHandle(h -> h.execute("INSERT INTO shared_probe VALUES ('child')"));
            }
        }
    }
}
