package io.marketpilot.app.durability;

import io.marketpilot.app.Main;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code marketpilot serve} in a JVM of its own, started as an operator would start it, so that a test can kill it
 * as {@code kill -9} would: no shutdown hook runs, nothing is closed.
 */
final class ServerProcess implements AutoCloseable {
    /** What a process killed by SIGKILL (signal 9) exits with on Linux: 128 + the signal. */
    static final int SIGKILL_EXIT = 128 + 9;

    private static final Pattern SERVING = Pattern.compile("MarketPilot is serving http://localhost:(\\d+)/");
    private static final Duration START_LIMIT = Duration.ofMinutes(2);

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code marketpilot <args>} with its output in {@code log} and waits until it serves. */
    static ServerProcess start(List<String> args, Path log) throws IOException, InterruptedException {
        return launch(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()), args, log);
    }

    /** As {@link #start}, from the packaged jar a user runs ({@code java -jar marketpilot.jar <args>}). */
    static ServerProcess startJar(Path jar, List<String> args, Path log) throws IOException, InterruptedException {
        return launch(List.of("-jar", jar.toAbsolutePath().toString()), args, log);
    }

    private static ServerProcess launch(List<String> launcher, List<String> args, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx768m"));
        command.addAll(launcher);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(log.getParent().toFile()) // no stray ./marketpilot.yaml is read
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("MARKETPILOT_"));
        Process process = builder.start();
        return new ServerProcess(process, log, awaitPort(process, log));
    }

    private static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int awaitPort(Process process, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + tail(log));
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start in " + START_LIMIT + ":\n" + tail(log));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The server's process id, which its lease owners name ({@code host/pid/random}). */
    long pid() {
        return process.pid();
    }

    int health() throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create(url("/health"))).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    /** Sends SIGKILL ({@code destroyForcibly} on Linux) and returns the exit status once the process is gone. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server outlived SIGKILL for 30 s");
        }
        return process.exitValue();
    }

    String logTail() throws IOException {
        return tail(log);
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    /**
     * Stops the server as Ctrl-C would (SIGTERM: its shutdown hook closes the store), or kills it if it hangs or the
     * wait is interrupted.
     */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
