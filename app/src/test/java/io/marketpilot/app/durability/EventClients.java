package io.marketpilot.app.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients posting batches of events with unique ids to {@code POST /api/v1/events}, as fast as the server answers,
 * each remembering every batch the server acknowledged (2xx) and every answer that was not one.
 */
final class EventClients {
    static final String ID_PREFIX = "crash-";

    private final String url;
    private final String key;
    private final int clients;
    private final int batchSize;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger acknowledgedBatches = new AtomicInteger();
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    EventClients(String url, String key, int clients, int batchSize) {
        this.url = url;
        this.key = key;
        this.clients = clients;
        this.batchSize = batchSize;
    }

    void start() {
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("event-client-" + c).start(() -> post(client)));
        }
    }

    /** Posts batch after batch until the server stops answering or the test stops the clients. */
    private void post(int client) {
        for (int batch = 0; !stopping; batch++) {
            List<String> ids = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++) {
                ids.add(ID_PREFIX + client + "-" + batch + "-" + i);
            }
            try {
                HttpResponse<String> r = http.send(request(ids), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) {
                    acknowledged.addAll(ids);
                    acknowledgedBatches.incrementAndGet();
                } else {
                    refusals.add(r.statusCode() + " " + r.body());
                }
            } catch (IOException e) {
                return; // the server is gone: this batch was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpRequest request(List<String> ids) {
        StringBuilder body = new StringBuilder("[");
        for (String id : ids) {
            body.append(body.length() > 1 ? "," : "")
                    .append("{\"id\":\"")
                    .append(id)
                    .append("\",\"type\":\"page_view\",\"occurredAt\":\"2026-01-01T00:00:00\"}");
        }
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString()))
                .build();
    }

    void stop() throws InterruptedException {
        stopping = true;
        for (Thread t : threads) {
            t.join();
        }
        http.close();
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    int acknowledgedBatches() {
        return acknowledgedBatches.get();
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }
}
