package io.marketpilot.store.customer;

import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.core.store.CustomerRepository;
import io.marketpilot.store.Database;
import io.marketpilot.store.PagedQuery;
import io.marketpilot.store.Sql;
import io.marketpilot.store.StreamedQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/** Customers in the JDBC store. */
public final class JdbcCustomerRepository implements CustomerRepository {
    public static final List<String> COLUMNS = List.of("id", "email", "name", "country", "city", "signup_date");

    private static final PagedQuery LISTING =
            new PagedQuery("customers", List.of("id", "name", "email", "country"), "id");

    private final Database db;

    public JdbcCustomerRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Customer> find(String id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM customers WHERE id = ?")
                .bind(0, id)
                .map(JdbcCustomerRepository::map)
                .findOne());
    }

    @Override
    public Page<Customer> list(PageRequest page) {
        return LISTING.run(db, page, JdbcCustomerRepository::map);
    }

    @Override
    public void forEach(Consumer<Customer> consumer) {
        StreamedQuery.forEach(db, "customers", "id", JdbcCustomerRepository::map, Customer::id, consumer);
    }

    @Override
    public void save(Customer c) {
        db.jdbi()
                .useHandle(h -> h.execute(
                        db.dialect().upsert("customers", COLUMNS, List.of("id")),
                        c.id(),
                        c.email(),
                        c.name(),
                        c.country(),
                        c.city(),
                        c.signupDate()));
    }

    @Override
    public long count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customers")
                .mapTo(Long.class)
                .one());
    }

    /** Every customer's name, for the LLM gateway's redactor (names are personal data that must not leave). */
    @Override
    public List<String> names() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT name FROM customers WHERE name IS NOT NULL")
                .mapTo(String.class)
                .list());
    }

    public static Customer map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Customer(
                rs.getString("id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getString("country"),
                rs.getString("city"),
                Sql.nullableDate(rs, "signup_date"));
    }

    /** Values in {@link #COLUMNS} order, for batch writers. */
    public static @Nullable Object[] values(Customer c) {
        return new Object[] {c.id(), c.email(), c.name(), c.country(), c.city(), c.signupDate()};
    }
}
