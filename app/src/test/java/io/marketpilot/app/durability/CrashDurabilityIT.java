package io.marketpilot.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means stored. The real server runs in a JVM of its own while four clients post batches of 200
 * events and a fifth imports customer files; it is killed with SIGKILL while an import is in flight and started
 * again on the same store. Every event and every import file it answered 2xx must be stored (0 lost), and no import
 * may be half there.
 *
 * <p>The imports pause between files because on H2 the commit of a large transaction writes out everything pending:
 * imports back to back hid the events that the old write delay lost (400 of 6,800 without them, none with them).
 */
class CrashDurabilityIT {
    private static final int CLIENTS = 4;
    private static final int BATCH = 200;
    private static final int IMPORT_ROWS = 100;
    private static final Duration IMPORT_PAUSE = Duration.ofMillis(500);
    private static final Duration BEFORE_KILL = Duration.ofSeconds(2);
    private static final Duration INTO_THE_IMPORT = Duration.ofMillis(30);
    private static final Duration PROGRESS_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void nothingAcknowledgedIsLostWhenTheServerOnTheEmbeddedStoreIsKilled() throws Exception {
        crashAndCheck(StoreUnderTest.embedded(tmp.resolve("data")));
    }

    @Test
    void nothingAcknowledgedIsLostWhenTheServerOnPostgresqlIsKilled() throws Exception {
        try (StoreUnderTest store = StoreUnderTest.postgres(tmp.resolve("data"))) {
            crashAndCheck(store);
        }
    }

    private void crashAndCheck(StoreUnderTest store) throws Exception {
        String key = store.createKey();
        EventClients events;
        ImportClient imports;
        try (ServerProcess server = ServerProcess.start(store.serveCommand(), tmp.resolve("killed-server.log"))) {
            events = new EventClients(server.url("/api/v1/events"), key, CLIENTS, BATCH);
            imports = new ImportClient(server.url("/api/v1/imports/customers"), key, IMPORT_ROWS, IMPORT_PAUSE);
            events.start();
            imports.start();
            awaitTraffic(events, imports, server);
            int exit = server.kill();
            events.stop();
            imports.stop();
            assertThat(exit).as("the server died of SIGKILL").isEqualTo(ServerProcess.SIGKILL_EXIT);
        }
        try (ServerProcess again = ServerProcess.start(store.serveCommand(), tmp.resolve("restarted-server.log"))) {
            assertThat(again.health()).as("the restarted server answers").isEqualTo(200);
            StoreUnderTest.Contents stored = store.read();
            report(store, events, imports, stored);
            assertEventsKept(events, stored);
            assertImportsWholeAndKept(imports, stored);
        }
    }

    /**
     * Lets the clients run for a while once the server answers them, so the kill lands amid steady writes, and
     * then until an import file is on its way.
     */
    private static void awaitTraffic(EventClients events, ImportClient imports, ServerProcess server) throws Exception {
        long deadline = System.nanoTime() + PROGRESS_LIMIT.toNanos();
        while (events.acknowledgedBatches() < 10 || imports.acknowledged().size() < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server acknowledged " + events.acknowledgedBatches() + " batches and "
                        + imports.acknowledged().size() + " imports in " + PROGRESS_LIMIT + "; refusals: "
                        + events.refusals() + imports.refusals() + "\n" + server.logTail());
            }
            Thread.sleep(50);
        }
        Thread.sleep(BEFORE_KILL.toMillis());
        if (!imports.awaitNextFile(PROGRESS_LIMIT)) {
            throw new AssertionError("the import client stopped sending; refusals: " + imports.refusals());
        }
        Thread.sleep(INTO_THE_IMPORT.toMillis());
    }

    private static void assertEventsKept(EventClients events, StoreUnderTest.Contents stored) {
        assertThat(events.refusals()).as("answers that were not 2xx").isEmpty();
        Set<String> lost = new TreeSet<>(events.acknowledged());
        lost.removeAll(stored.eventIds());
        assertThat(lost)
                .as(
                        "events answered 2xx but not stored (%d of %d)",
                        lost.size(), events.acknowledged().size())
                .isEmpty();
    }

    private static void assertImportsWholeAndKept(ImportClient imports, StoreUnderTest.Contents stored) {
        assertThat(imports.refusals()).as("answers that were not 2xx").isEmpty();
        Map<Integer, Integer> partial = new TreeMap<>(stored.customersPerFile());
        partial.values().removeIf(n -> n == imports.rows());
        assertThat(partial)
                .as("import files stored in part (file -> customers)")
                .isEmpty();
        Set<Integer> lost = new TreeSet<>(imports.acknowledged());
        lost.removeAll(stored.customersPerFile().keySet());
        assertThat(lost).as("import files answered 2xx but not stored").isEmpty();
    }

    private static void report(
            StoreUnderTest store, EventClients events, ImportClient imports, StoreUnderTest.Contents stored) {
        long eventsLost = events.acknowledged().stream()
                .filter(id -> !stored.eventIds().contains(id))
                .count();
        long filesLost = imports.acknowledged().stream()
                .filter(f -> !stored.customersPerFile().containsKey(f))
                .count();
        System.out.printf(
                "crash test on %s: %,d events acknowledged in %,d batches, %,d stored, %,d acknowledged but lost;"
                        + " %d import files sent, %d acknowledged, %d stored, %d acknowledged but lost%n",
                store,
                events.acknowledged().size(),
                events.acknowledgedBatches(),
                stored.eventIds().size(),
                eventsLost,
                imports.sent().size(),
                imports.acknowledged().size(),
                stored.customersPerFile().size(),
                filesLost);
    }
}
