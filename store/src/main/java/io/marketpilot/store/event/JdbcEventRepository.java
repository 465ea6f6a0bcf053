package io.marketpilot.store.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.store.BatchWriter;
import io.marketpilot.store.Database;
import io.marketpilot.store.PagedQuery;
import io.marketpilot.store.Sql;
import io.marketpilot.store.StreamedQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/** Behavioural events in the JDBC store; properties are kept as a JSON object. */
public final class JdbcEventRepository implements EventRepository {
    public static final List<String> COLUMNS =
            List.of("id", "type", "customer_id", "product_id", "occurred_at", "properties");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final PagedQuery LISTING =
            new PagedQuery("events", List.of("type", "customer_id"), "occurred_at DESC, id");

    private final Database db;

    public JdbcEventRepository(Database db) {
        this.db = db;
    }

    @Override
    public Page<Event> list(PageRequest page) {
        return LISTING.run(db, page, JdbcEventRepository::map);
    }

    @Override
    public List<Event> forCustomer(String customerId) {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM events WHERE customer_id = ? ORDER BY occurred_at, id")
                        .bind(0, customerId)
                        .map(JdbcEventRepository::map)
                        .list());
    }

    @Override
    public void forEach(Consumer<Event> consumer) {
        StreamedQuery.forEach(db, "events", "id", JdbcEventRepository::map, Event::id, consumer);
    }

    @Override
    public int saveAll(List<Event> events) {
        List<@Nullable Object[]> rows =
                events.stream().map(JdbcEventRepository::values).toList();
        db.jdbi().useTransaction(h -> new BatchWriter(h, db.dialect())
                .insertIgnore("events", COLUMNS, List.of("id"), rows));
        return rows.size();
    }

    @Override
    public long count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM events")
                .mapTo(Long.class)
                .one());
    }

    public static Event map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Event(
                rs.getString("id"),
                rs.getString("type"),
                rs.getString("customer_id"),
                rs.getString("product_id"),
                Sql.dateTime(rs, "occurred_at"),
                properties(rs.getString("properties")));
    }

    public static @Nullable Object[] values(Event e) {
        return new Object[] {e.id(), e.type(), e.customerId(), e.productId(), e.occurredAt(), json(e.properties())};
    }

    private static String json(Map<String, String> properties) {
        try {
            return JSON.writeValueAsString(properties);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> properties(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event properties are not JSON: " + e.getMessage(), e);
        }
    }
}
