package io.marketpilot.app.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.marketpilot.channels.email.SmtpSettings;
import io.marketpilot.channels.email.StartTls;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real SMTP server in this process on a loopback port (GreenMail) that counts every message it accepts by the
 * {@code X-MarketPilot-Message-Key} header the campaign sender writes (one key per campaign and customer), so that a
 * run can tell a missing message from a doubled one. It keeps no message: every one goes to one sink mailbox, which
 * {@link #purge} empties, so a hundred thousand messages do not fill the heap.
 */
final class CountingSmtpServer implements AutoCloseable {
    static final String KEY_HEADER = "X-MarketPilot-Message-Key";

    private final GreenMail server;
    private final Map<String, Integer> byKey = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong withoutKey = new AtomicLong();

    CountingSmtpServer() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        GreenMailUser sink = server.setUser("sink@bench.invalid", "sink", "sink");
        // called once per recipient of each message the server accepted, before it answers 250
        server.getUserManager().setMessageDeliveryHandler((message, address) -> {
            count(message.getMessage());
            return sink;
        });
    }

    private void count(jakarta.mail.internet.MimeMessage message) throws MessagingException {
        received.incrementAndGet();
        String key = message.getHeader(KEY_HEADER, null);
        if (key == null) {
            withoutKey.incrementAndGet();
        } else {
            byKey.merge(key, 1, Integer::sum);
        }
    }

    /** Settings that reach this server: plain SMTP on loopback, as a local relay is spoken to. */
    SmtpSettings settings() {
        return SmtpSettings.builder("127.0.0.1", server.getSmtp().getPort(), "news@shop.example")
                .fromName("MarketPilot bench")
                .startTls(StartTls.NONE)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Drops the messages received so far (they are counted already). */
    void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("could not empty the benchmark's mailbox", e);
        }
    }

    /** What the server received, checked against the keys that should have arrived once each. */
    Count count(Collection<String> expectedKeys) {
        long missing = expectedKeys.stream().filter(k -> !byKey.containsKey(k)).count();
        long doubled = byKey.values().stream().filter(n -> n > 1).count();
        long unexpected =
                byKey.keySet().stream().filter(k -> !expectedKeys.contains(k)).count();
        return new Count(received.get(), byKey.size(), missing, doubled, unexpected + withoutKey.get());
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * Messages as the receiving end saw them.
     *
     * @param received messages accepted (one per recipient)
     * @param distinct distinct message keys among them
     * @param missing expected keys that never arrived
     * @param doubled keys that arrived more than once
     * @param unexpected messages with a key nobody expected, or with none
     */
    record Count(long received, long distinct, long missing, long doubled, long unexpected) {
        boolean exact() {
            return missing == 0 && doubled == 0 && unexpected == 0;
        }
    }
}
