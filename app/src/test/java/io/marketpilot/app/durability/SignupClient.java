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

/**
 * A client posting one {@code signed_up} event per customer to {@code POST /api/v1/events}, a few customers per
 * request, one request after another, as a shop's back end would. It remembers which batches the server acknowledged
 * (2xx); a batch whose answer never came (the server was killed) is posted again by {@link #resume}, with the same
 * event ids, as a client that retries does.
 */
final class SignupClient {
    private final String key;
    private final List<List<String>> batches;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopping;
    private volatile boolean posting;
    private Thread thread = Thread.ofPlatform().unstarted(() -> {});

    SignupClient(String key, List<String> customers, int batchSize) {
        this.key = key;
        List<List<String>> split = new ArrayList<>();
        for (int from = 0; from < customers.size(); from += batchSize) {
            split.add(List.copyOf(customers.subList(from, Math.min(customers.size(), from + batchSize))));
        }
        this.batches = List.copyOf(split);
    }

    static String eventId(String customerId) {
        return "signup-" + customerId;
    }

    /** Starts posting every batch not yet acknowledged to {@code eventsUrl}, on a thread of its own. */
    void resume(String eventsUrl) {
        stopping = false;
        posting = true;
        thread = Thread.ofPlatform().name("signup-client").start(() -> post(eventsUrl));
    }

    private void post(String eventsUrl) {
        try {
            for (int b = 0; b < batches.size() && !stopping; b++) {
                if (acknowledged.contains(b)) {
                    continue;
                }
                HttpResponse<String> r =
                        http.send(request(eventsUrl, batches.get(b)), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) {
                    acknowledged.add(b);
                } else {
                    refusals.add(r.statusCode() + " " + r.body());
                }
            }
        } catch (IOException e) {
            // the server is gone: the batch in flight was not acknowledged and is posted again on resume
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            posting = false;
        }
    }

    private HttpRequest request(String eventsUrl, List<String> customers) {
        StringBuilder body = new StringBuilder("[");
        for (String c : customers) {
            body.append(body.length() > 1 ? "," : "")
                    .append("{\"id\":\"")
                    .append(eventId(c))
                    .append("\",\"type\":\"signed_up\",\"customerId\":\"")
                    .append(c)
                    .append("\",\"occurredAt\":\"2026-05-04T10:00:00\"}");
        }
        return HttpRequest.newBuilder(URI.create(eventsUrl))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString()))
                .build();
    }

    /** Stops after the batch in flight and waits for the thread. */
    void stop() throws InterruptedException {
        stopping = true;
        thread.join();
    }

    /** Waits until every batch is posted or the thread gave up. */
    void awaitDone(Duration limit) throws InterruptedException {
        if (!thread.join(limit)) {
            throw new AssertionError("the signup client still posts after " + limit);
        }
    }

    boolean posting() {
        return posting;
    }

    boolean allAcknowledged() {
        return acknowledged.size() == batches.size();
    }

    int acknowledgedBatches() {
        return acknowledged.size();
    }

    int batches() {
        return batches.size();
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }

    void close() {
        http.close();
    }
}
