package io.marketpilot.store.privacy;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.privacy.CustomerPrivacy;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.core.store.EventRepository;
import io.marketpilot.core.store.OrderRepository;
import io.marketpilot.core.store.ReviewRepository;
import io.marketpilot.store.Database;
import io.marketpilot.store.audit.JdbcAuditLog;
import io.marketpilot.store.customer.JdbcCustomerAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-subject rights: export everything held about a customer, and forget them everywhere while keeping
 * anonymous aggregates (their orders stay as anonymous sales, so revenue figures do not change).
 */
public final class JdbcCustomerPrivacy implements CustomerPrivacy {
    private final Database db;
    private final JdbcAuditLog audit;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final EventRepository events;
    private final ReviewRepository reviews;
    private final List<ErasureStep> steps = new ArrayList<>();

    public JdbcCustomerPrivacy(
            Database db,
            JdbcAuditLog audit,
            CustomerRepository customers,
            OrderRepository orders,
            EventRepository events,
            ReviewRepository reviews) {
        this.db = db;
        this.audit = audit;
        this.customers = customers;
        this.orders = orders;
        this.events = events;
        this.reviews = reviews;
        steps.add(sql("reviews", "DELETE FROM reviews WHERE customer_id = ?"));
        steps.add(sql("events", "DELETE FROM events WHERE customer_id = ?"));
        steps.add(sql("orders", "UPDATE orders SET customer_id = NULL WHERE customer_id = ?"));
        steps.add(sql("segments", "DELETE FROM segment_members WHERE customer_id = ?"));
        steps.add(JdbcCustomerAttributes.erasure());
    }

    /** Adds a capability's erasure; it runs before the customer row itself is deleted. */
    public void addStep(ErasureStep step) {
        steps.add(step);
    }

    /** Everything held about the customer, as a JSON-ready map. */
    @Override
    public Map<String, Object> export(String customerId, String actor) {
        var customer =
                customers.find(customerId).orElseThrow(() -> MarketPilotException.notFound("Customer", customerId));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customer", customer);
        out.put("attributes", new JdbcCustomerAttributes(db).of(customerId));
        out.put("orders", orders.forCustomer(customerId));
        out.put("events", events.forCustomer(customerId));
        out.put("reviews", reviews.forCustomer(customerId));
        out.put("segments", new io.marketpilot.store.segment.JdbcSegmentationRuns(db).history(customerId));
        audit.record(actor, "customer.export", customerId, "");
        return out;
    }

    /** Deletes the customer's personal data in one transaction; returns rows touched per step. */
    @Override
    public Map<String, Integer> forget(String customerId, String actor) {
        if (customers.find(customerId).isEmpty()) {
            throw MarketPilotException.notFound("Customer", customerId);
        }
        return db.jdbi().inTransaction(h -> {
            Map<String, Integer> touched = new LinkedHashMap<>();
            for (ErasureStep step : steps) {
                touched.put(step.name(), step.erase(h, customerId));
            }
            touched.put("customer", h.execute("DELETE FROM customers WHERE id = ?", customerId));
            audit.record(h, actor, "customer.forget", customerId, touched.toString());
            return touched;
        });
    }

    private static ErasureStep sql(String name, String statement) {
        return new ErasureStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int erase(org.jdbi.v3.core.Handle h, String customerId) {
                return h.execute(statement, customerId);
            }
        };
    }
}
