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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A client importing customer files one after another through {@code POST /api/v1/imports/customers}, with a pause
 * between them; file {@code n} holds customers {@code f<n>-0 … f<n>-<rows-1>}, so what is stored can be traced back
 * to its file.
 */
final class ImportClient {
    static final String ID_PREFIX = "f";

    private final String url;
    private final String key;
    private final int rows;
    private final Duration pause;
    private final Semaphore sending = new Semaphore(0);
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Set<Integer> sent = ConcurrentHashMap.newKeySet();
    private final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    private Thread thread;
    private volatile boolean stopping;

    ImportClient(String url, String key, int rows, Duration pause) {
        this.url = url;
        this.key = key;
        this.rows = rows;
        this.pause = pause;
    }

    void start() {
        thread = Thread.ofPlatform().name("import-client").start(this::post);
    }

    private void post() {
        for (int file = 0; !stopping; file++) {
            sent.add(file);
            sending.release();
            try {
                HttpResponse<String> r = http.send(request(file), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 == 2) {
                    acknowledged.add(file);
                } else {
                    refusals.add(r.statusCode() + " " + r.body());
                }
                Thread.sleep(pause.toMillis());
            } catch (IOException e) {
                return; // the server is gone: this file was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpRequest request(int file) {
        StringBuilder csv = new StringBuilder("id,email,name,country,city,signup_date\n");
        for (int row = 0; row < rows; row++) {
            String id = ID_PREFIX + file + "-" + row;
            csv.append(id)
                    .append(',')
                    .append(id)
                    .append("@example.com,Crash Test ")
                    .append(row)
                    .append(",Portugal,Lisbon,2024-01-01\n");
        }
        return HttpRequest.newBuilder(URI.create(url + "?filename=customers-" + file + ".csv"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                .build();
    }

    /** Waits until the client starts sending its next file; false when none started in time. */
    boolean awaitNextFile(Duration limit) throws InterruptedException {
        sending.drainPermits();
        return sending.tryAcquire(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop() throws InterruptedException {
        stopping = true;
        thread.join();
        http.close();
    }

    /** Files sent, acknowledged or not (the last one was in flight when the server died). */
    Set<Integer> sent() {
        return Set.copyOf(sent);
    }

    Set<Integer> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    int rows() {
        return rows;
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }
}
