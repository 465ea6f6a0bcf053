package io.marketpilot.store.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.campaign.Lease;
import io.marketpilot.core.input.FieldLimits;
import io.marketpilot.core.webhook.AttemptOutcome;
import io.marketpilot.core.webhook.DeliveryStatus;
import io.marketpilot.core.webhook.WebhookDelivery;
import io.marketpilot.core.webhook.WebhookEventType;
import io.marketpilot.core.webhook.WebhookStore;
import io.marketpilot.core.webhook.WebhookSubscription;
import io.marketpilot.store.Database;
import io.marketpilot.store.Dialect;
import io.marketpilot.store.UtcTimestamps;
import io.marketpilot.store.campaign.ReportedText;
import io.marketpilot.store.privacy.ErasureStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Webhook subscriptions and their deliveries in {@code webhook_subscriptions} and {@code webhook_deliveries}. The
 * deliveries are a leased queue claimed exactly as {@code JdbcSendQueue} claims campaign messages: on PostgreSQL one
 * transaction selects candidates {@code FOR UPDATE SKIP LOCKED} and leases them; on H2, which has no {@code SKIP
 * LOCKED}, one conditional {@code UPDATE} leases the candidates that are still claimable, and the claim then reads
 * which of them it holds (owner and lease end), so of two workers racing for a row exactly one wins it.
 */
public final class JdbcWebhookStore implements WebhookStore {
    /** How many times an H2 claim reads candidates again after losing every one of a round to other workers. */
    private static final int H2_ROUNDS = 100;

    private static final String PENDING = DeliveryStatus.PENDING.wireName();
    private static final String CLAIMED = DeliveryStatus.CLAIMED.wireName();
    private static final String RETRY = DeliveryStatus.RETRY.wireName();
    private static final String CLAIMABLE = "((status IN ('" + PENDING + "', '" + RETRY
            + "') AND next_attempt_at <= :now) OR (status = '" + CLAIMED + "' AND lease_until < :now))";
    private static final String EARLIEST_FIRST = " ORDER BY next_attempt_at, id";
    private static final String LEASE =
            "status = '" + CLAIMED + "', attempts = attempts + 1, lease_owner = :owner, lease_until = :until";
    private static final List<String> QUEUED = List.of(
            "subscription_id",
            "event_id",
            "event_type",
            "payload",
            "status",
            "attempts",
            "next_attempt_at",
            "last_error",
            "created_at");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public JdbcWebhookStore(Database db) {
        this.db = db;
    }

    @Override
    public WebhookSubscription subscribe(WebhookSubscription s) {
        long id = db.jdbi().withHandle(h -> h.createUpdate("INSERT INTO webhook_subscriptions (url, event_types,"
                        + " secret, active, created_by, created_at) VALUES (:url, :types, :secret, :active, :by, :at)")
                .bind("url", s.url())
                .bind("types", types(s))
                .bind("secret", s.secret())
                .bind("active", s.active())
                .bind("by", s.createdBy())
                .bind("at", UtcTimestamps.of(s.createdAt()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return subscription(id).orElseThrow();
    }

    @Override
    public Optional<WebhookSubscription> subscription(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM webhook_subscriptions WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> subscription(rs))
                .findOne());
    }

    @Override
    public List<WebhookSubscription> subscriptions() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM webhook_subscriptions ORDER BY id")
                .map((rs, ctx) -> subscription(rs))
                .list());
    }

    @Override
    public boolean remove(long id) {
        return db.jdbi().withHandle(h -> h.createUpdate("DELETE FROM webhook_subscriptions WHERE id = ?")
                        .bind(0, id)
                        .execute())
                == 1;
    }

    @Override
    public int publish(String eventId, WebhookEventType type, String payload, Instant at) {
        if (eventId.isBlank() || eventId.length() > FieldLimits.EVENT_ID) {
            throw MarketPilotException.invalid("a webhook event id has 1 to " + FieldLimits.EVENT_ID + " characters");
        }
        String sql = db.dialect().insertIgnore("webhook_deliveries", QUEUED, List.of("subscription_id", "event_id"));
        return db.jdbi().inTransaction(h -> {
            List<Long> subscribers = h
                    .createQuery("SELECT * FROM webhook_subscriptions WHERE active ORDER BY id")
                    .map((rs, ctx) -> subscription(rs))
                    .stream()
                    .filter(s -> s.wants(type))
                    .map(WebhookSubscription::id)
                    .toList();
            if (subscribers.isEmpty()) {
                return 0;
            }
            var batch = h.prepareBatch(sql);
            for (long subscriber : subscribers) {
                batch.bind(0, subscriber)
                        .bind(1, eventId)
                        .bind(2, type.wireName())
                        .bind(3, payload)
                        .bind(4, PENDING)
                        .bind(5, 0)
                        .bind(6, UtcTimestamps.of(at))
                        .bind(7, "")
                        .bind(8, UtcTimestamps.of(at))
                        .add();
            }
            int added = 0;
            for (int count : batch.execute()) {
                added += Math.max(count, 0);
            }
            return added;
        });
    }

    @Override
    public List<WebhookDelivery> claim(Lease lease, Instant now, int limit) {
        if (limit < 1) {
            throw MarketPilotException.invalid("A claim takes at least one delivery, not " + limit);
        }
        if (!lease.until().isAfter(now)) {
            throw MarketPilotException.invalid(
                    "A lease must end after the claim, " + lease.until() + " is not after " + now);
        }
        return db.dialect() == Dialect.POSTGRESQL
                ? claimSkippingLocked(lease, now, limit)
                : claimByConditionalUpdate(lease, now, limit);
    }

    private List<WebhookDelivery> claimSkippingLocked(Lease lease, Instant now, int limit) {
        return db.jdbi().inTransaction(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM webhook_deliveries WHERE " + CLAIMABLE + EARLIEST_FIRST
                            + " LIMIT :limit FOR UPDATE SKIP LOCKED")
                    .bind("now", UtcTimestamps.of(now))
                    .bind("limit", limit)
                    .mapTo(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return List.<WebhookDelivery>of();
            }
            h.createUpdate("UPDATE webhook_deliveries SET " + LEASE + " WHERE id IN (<ids>)")
                    .bind("owner", lease.owner())
                    .bind("until", UtcTimestamps.of(lease.until()))
                    .bindList("ids", ids)
                    .execute();
            return read(h, ids);
        });
    }

    private List<WebhookDelivery> claimByConditionalUpdate(Lease lease, Instant now, int limit) {
        return db.jdbi().withHandle(h -> {
            List<Long> claimed = new ArrayList<>();
            for (int round = 0; round < H2_ROUNDS && claimed.size() < limit; round++) {
                List<Long> candidates = h.createQuery("SELECT id FROM webhook_deliveries WHERE " + CLAIMABLE
                                + EARLIEST_FIRST + " LIMIT :limit")
                        .bind("now", UtcTimestamps.of(now))
                        .bind("limit", limit - claimed.size())
                        .mapTo(Long.class)
                        .list();
                if (candidates.isEmpty()) {
                    break;
                }
                h.createUpdate("UPDATE webhook_deliveries SET " + LEASE + " WHERE id IN (<ids>) AND " + CLAIMABLE)
                        .bind("owner", lease.owner())
                        .bind("until", UtcTimestamps.of(lease.until()))
                        .bind("now", UtcTimestamps.of(now))
                        .bindList("ids", candidates)
                        .execute();
                claimed.addAll(h.createQuery("SELECT id FROM webhook_deliveries WHERE id IN (<ids>) AND status ="
                                + " :claimed AND lease_owner = :owner AND lease_until = :until")
                        .bind("claimed", CLAIMED)
                        .bind("owner", lease.owner())
                        .bind("until", UtcTimestamps.of(lease.until()))
                        .bindList("ids", candidates)
                        .mapTo(Long.class)
                        .list());
            }
            return claimed.isEmpty() ? List.<WebhookDelivery>of() : read(h, claimed);
        });
    }

    @Override
    public boolean finish(long deliveryId, String owner, AttemptOutcome outcome) {
        return db.jdbi().withHandle(h -> h.createUpdate("UPDATE webhook_deliveries SET status = :status,"
                                + " next_attempt_at = COALESCE(:next, next_attempt_at), last_response_code = :code,"
                                + " last_error = :error, last_attempt_at = :at, delivered_at = :deliveredAt,"
                                + " lease_owner = NULL, lease_until = NULL"
                                + " WHERE id = :id AND status = :claimed AND lease_owner = :owner")
                        .bind("status", outcome.status().wireName())
                        .bind("next", UtcTimestamps.of(outcome.nextAttemptAt()))
                        .bind(
                                "code",
                                outcome.responseCode().isPresent()
                                        ? outcome.responseCode().getAsInt()
                                        : null)
                        .bind("error", ReportedText.fit(outcome.error(), FieldLimits.NOTE))
                        .bind("at", UtcTimestamps.of(outcome.at()))
                        .bind(
                                "deliveredAt",
                                UtcTimestamps.of(
                                        outcome.status() == DeliveryStatus.DELIVERED
                                                ? Optional.of(outcome.at())
                                                : Optional.empty()))
                        .bind("id", deliveryId)
                        .bind("claimed", CLAIMED)
                        .bind("owner", owner)
                        .execute())
                == 1;
    }

    @Override
    public List<WebhookDelivery> deliveries(long subscriptionId, int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM webhook_deliveries WHERE subscription_id = :s"
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("s", subscriptionId)
                .bind("limit", Math.max(1, limit))
                .map((rs, ctx) -> delivery(rs))
                .list());
    }

    @Override
    public Optional<WebhookDelivery> delivery(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM webhook_deliveries WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> delivery(rs))
                .findOne());
    }

    @Override
    public boolean replay(long deliveryId, Instant now) {
        String replayable = Arrays.stream(DeliveryStatus.values())
                .filter(DeliveryStatus::replayable)
                .map(s -> "'" + s.wireName() + "'")
                .collect(Collectors.joining(", "));
        return db.jdbi().withHandle(h -> h.createUpdate("UPDATE webhook_deliveries SET status = :pending, attempts ="
                                + " 0, next_attempt_at = :now WHERE id = :id AND status IN (" + replayable + ")")
                        .bind("pending", PENDING)
                        .bind("now", UtcTimestamps.of(now))
                        .bind("id", deliveryId)
                        .execute())
                == 1;
    }

    /**
     * The erasure of a forgotten customer's webhook deliveries: every queued or logged event whose body names the
     * customer ({@code "customerId":"…"}, as the publishers write it). What receivers already took is theirs to erase.
     */
    public static ErasureStep erasure() {
        return new ErasureStep() {
            @Override
            public String name() {
                return "webhook deliveries";
            }

            @Override
            public int erase(Handle h, String customerId) {
                String needle;
                try {
                    needle = "\"customerId\":" + JSON.writeValueAsString(customerId);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a string always serialises", e);
                }
                String pattern =
                        "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                return h.execute("DELETE FROM webhook_deliveries WHERE payload LIKE ? ESCAPE '\\'", pattern);
            }
        };
    }

    private static List<WebhookDelivery> read(Handle h, List<Long> ids) {
        return h.createQuery("SELECT * FROM webhook_deliveries WHERE id IN (<ids>)" + EARLIEST_FIRST)
                .bindList("ids", ids)
                .map((rs, ctx) -> delivery(rs))
                .list();
    }

    private static String types(WebhookSubscription s) {
        return s.types().stream().map(WebhookEventType::wireName).sorted().collect(Collectors.joining(","));
    }

    private static WebhookSubscription subscription(ResultSet rs) throws SQLException {
        return new WebhookSubscription(
                rs.getLong("id"),
                rs.getString("url"),
                Arrays.stream(rs.getString("event_types").split(","))
                        .map(WebhookEventType::parse)
                        .collect(Collectors.toSet()),
                rs.getString("secret"),
                rs.getBoolean("active"),
                rs.getString("created_by"),
                UtcTimestamps.read(rs, "created_at"));
    }

    private static WebhookDelivery delivery(ResultSet rs) throws SQLException {
        int code = rs.getInt("last_response_code");
        OptionalInt responseCode = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(code);
        return new WebhookDelivery(
                rs.getLong("id"),
                rs.getLong("subscription_id"),
                rs.getString("event_id"),
                WebhookEventType.parse(rs.getString("event_type")),
                rs.getString("payload"),
                DeliveryStatus.parse(rs.getString("status")),
                rs.getInt("attempts"),
                UtcTimestamps.read(rs, "next_attempt_at"),
                responseCode,
                rs.getString("last_error"),
                UtcTimestamps.read(rs, "created_at"),
                UtcTimestamps.readOptional(rs, "last_attempt_at"),
                UtcTimestamps.readOptional(rs, "delivered_at"));
    }
}
