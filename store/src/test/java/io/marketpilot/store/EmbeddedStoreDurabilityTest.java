package io.marketpilot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit that returned is in the file: a child process commits rows one by one, reporting each after its commit
 * returned, and is killed with SIGKILL (no shutdown hook, no close); every reported row must be there afterwards.
 * With H2's default write delay the last half second of reported rows was lost.
 */
class EmbeddedStoreDurabilityTest {
    private static final Pattern COMMITTED = Pattern.compile("committed (\\d+) ok");
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path tmp;

    @Test
    void everyCommitThatReturnedSurvivesSigkill() throws Exception {
        Path dir = tmp.resolve("store");
        Path out = tmp.resolve("child.out");
        Process child = start(dir, out, tmp.resolve("child.log"));
        awaitReports(child, out, 300);
        child.destroyForcibly();
        int exit = child.waitFor(30, TimeUnit.SECONDS) ? child.exitValue() : -1;
        Set<Integer> reported = reported(out); // everything the child wrote before it died

        assertThat(exit)
                .as("the child was killed by SIGKILL; its log is in %s", tmp)
                .isEqualTo(SIGKILL_EXIT);
        try (Database db = Database.open(DatabaseConfig.embedded(dir))) {
            List<Integer> stored = db.jdbi().withHandle(h -> h.createQuery("SELECT n FROM durability_probe")
                    .mapTo(Integer.class)
                    .list());
            assertThat(reported).hasSizeGreaterThanOrEqualTo(300);
            Set<Integer> lost = new TreeSet<>(reported);
            stored.forEach(lost::remove);
            assertThat(lost)
                    .as(
                            "rows reported committed before the kill but not stored (%d of %d)",
                            lost.size(), reported.size())
                    .isEmpty();
        }
    }

    private static void awaitReports(Process child, Path out, int enough) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (reported(out).size() < enough && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static Set<Integer> reported(Path out) throws IOException {
        Set<Integer> reported = new HashSet<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            Matcher m = COMMITTED.matcher(line); // a line cut short by the kill does not match
            if (m.matches()) {
                reported.add(Integer.parseInt(m.group(1)));
            }
        }
        return reported;
    }

    private static Process start(Path dir, Path out, Path log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommittingProcess.class.getName(),
                        dir.toString())
                .redirectOutput(out.toFile())
                .redirectError(log.toFile())
                .start();
    }

    /** The child: commits one row at a time and says so after each commit returned, until it is killed. */
    public static final class CommittingProcess {
        public static void main(String[] args) {
            Database db = Database.open(DatabaseConfig.embedded(Path.of(args[0])));
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE durability_probe (n INT PRIMARY KEY)"));
            for (int n = 0; ; n++) {
                int row = n;
                db.jdbi().useHandle(h -> h.execute("INSERT INTO durability_probe VALUES (?)", row));
                System.out.println("committed " + n + " ok");
                System.out.flush();
            }
        }
    }
}
