package io.marketpilot.store.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.delivery.MessageMetadata;
import io.marketpilot.core.delivery.Outbox;
import io.marketpilot.core.delivery.OutboxEntry;
import io.marketpilot.core.delivery.OutgoingMessage;
import io.marketpilot.core.delivery.Unsubscribe;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.store.Database;
import io.marketpilot.store.Dialect;
import io.marketpilot.store.DuplicateKey;
import io.marketpilot.store.PagedQuery;
import io.marketpilot.store.UtcTimestamps;
import io.marketpilot.store.privacy.CustomerEmail;
import io.marketpilot.store.privacy.ErasureStep;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The demo's outbox in {@code outbox}: each message stored once under its key (a unique column), numbered in the order
 * stored; its further header fields are kept as a JSON object.
 */
public final class JdbcOutbox implements Outbox {
    /** The widest headers JSON the column takes; OutgoingMessage bounds each value, not how many there are. */
    static final int HEADERS_LIMIT = 100_000;

    private static final List<String> COLUMNS = List.of(
            "message_key",
            "channel",
            "recipient",
            "subject",
            "body_text",
            "body_html",
            "unsubscribe_web",
            "unsubscribe_mail",
            "headers",
            "campaign_id",
            "customer_id",
            "content_id",
            "variant",
            "stored_at");
    private static final PagedQuery LISTING =
            new PagedQuery("outbox", List.of("message_key", "recipient", "subject"), "id DESC");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> HEADERS = new TypeReference<>() {};

    private final Database db;

    public JdbcOutbox(Database db) {
        this.db = db;
    }

    /**
     * Forgetting a customer deletes the messages written for them or addressed to their e-mail address: they hold the
     * address and the personalised text.
     */
    public static ErasureStep erasure() {
        return new ErasureStep() {
            @Override
            public String name() {
                return "outbox";
            }

            @Override
            public int erase(Handle h, String customerId) {
                int byCustomer = h.execute("DELETE FROM outbox WHERE customer_id = ?", customerId);
                return byCustomer
                        + CustomerEmail.of(h, customerId)
                                .map(address -> h.execute(
                                        "DELETE FROM outbox WHERE LOWER(recipient) = ?",
                                        address.toLowerCase(Locale.ROOT)))
                                .orElse(0);
            }
        };
    }

    @Override
    public OutboxEntry save(OutgoingMessage message, Instant at) {
        try {
            db.jdbi().useHandle(h -> insert(h, db.dialect(), message, at));
        } catch (RuntimeException e) {
            // stored by another worker at the same moment: the entry already there is the answer
            if (!DuplicateKey.causedBy(e)) {
                throw e;
            }
        }
        return find(message.key())
                .orElseThrow(
                        () -> new IllegalStateException("Outbox entry " + message.key() + " vanished after saving"));
    }

    /** Stores {@code message} on {@code h} unless its key is stored already (then nothing changes). */
    static void insert(Handle h, Dialect dialect, OutgoingMessage message, Instant at) {
        h.createUpdate(dialect.insertIgnore("outbox", COLUMNS, List.of("message_key")))
                .bind(0, message.key())
                .bind(1, message.channel())
                .bind(2, message.recipient())
                .bind(3, message.subject().orElse(null))
                .bind(4, message.text())
                .bind(5, message.html().orElse(null))
                .bind(6, message.unsubscribe().map(u -> u.web().toString()).orElse(null))
                .bind(
                        7,
                        message.unsubscribe()
                                .flatMap(Unsubscribe::mail)
                                .map(URI::toString)
                                .orElse(null))
                .bind(8, headersJson(message.headers()))
                .bind(9, message.metadata().campaignId().orElse(null))
                .bind(10, message.metadata().customerId().orElse(null))
                .bind(11, message.metadata().contentId().orElse(null))
                .bind(12, message.metadata().variant().orElse(null))
                .bind(13, UtcTimestamps.of(at))
                .execute();
    }

    /** The entry stored under {@code key}, read on {@code h}. */
    static Optional<OutboxEntry> find(Handle h, String key) {
        return h.createQuery("SELECT * FROM outbox WHERE message_key = ?")
                .bind(0, key)
                .map((rs, ctx) -> entry(rs))
                .findOne();
    }

    /** Newest first; the request's query matches the key, the recipient or the subject, ignoring case. */
    @Override
    public Page<OutboxEntry> page(PageRequest request) {
        return LISTING.run(db, request, (rs, ctx) -> entry(rs));
    }

    @Override
    public Optional<OutboxEntry> find(String key) {
        return db.jdbi().withHandle(h -> find(h, key));
    }

    @Override
    public long count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox")
                .mapTo(Long.class)
                .one());
    }

    private static String headersJson(Map<String, String> headers) {
        String json;
        try {
            json = JSON.writeValueAsString(new TreeMap<>(headers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Header fields could not be written as JSON", e);
        }
        if (json.length() > HEADERS_LIMIT) {
            throw MarketPilotException.invalid("The outbox keeps at most " + HEADERS_LIMIT
                    + " characters of header fields; this message has " + json.length());
        }
        return json;
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        Map<String, String> headers;
        try {
            headers = JSON.readValue(rs.getString("headers"), HEADERS);
        } catch (JsonProcessingException e) {
            throw new SQLException("Outbox entry " + rs.getLong("id") + " has unreadable header fields", e);
        }
        Optional<URI> web = Optional.ofNullable(rs.getString("unsubscribe_web")).map(URI::create);
        Optional<URI> mail =
                Optional.ofNullable(rs.getString("unsubscribe_mail")).map(URI::create);
        OutgoingMessage message = new OutgoingMessage(
                rs.getString("message_key"),
                rs.getString("channel"),
                rs.getString("recipient"),
                Optional.ofNullable(rs.getString("subject")),
                rs.getString("body_text"),
                Optional.ofNullable(rs.getString("body_html")),
                web.map(w -> new Unsubscribe(w, mail)),
                headers,
                new MessageMetadata(
                        Optional.ofNullable(rs.getString("campaign_id")),
                        Optional.ofNullable(rs.getString("customer_id")),
                        Optional.ofNullable(rs.getString("content_id")),
                        Optional.ofNullable(rs.getString("variant"))));
        return new OutboxEntry(rs.getLong("id"), message, UtcTimestamps.read(rs, "stored_at"));
    }
}
