package io.marketpilot.store.product;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.core.store.ProductRepository;
import io.marketpilot.store.Database;
import io.marketpilot.store.PagedQuery;
import io.marketpilot.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/** The product catalogue in the JDBC store. */
public final class JdbcProductRepository implements ProductRepository {
    public static final List<String> COLUMNS =
            List.of("id", "name", "category", "description", "price", "stock", "name_zh", "description_zh");

    private static final PagedQuery LISTING = new PagedQuery("products", List.of("id", "name", "category"), "id");

    private final Database db;

    public JdbcProductRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Product> find(String id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM products WHERE id = ?")
                .bind(0, id)
                .map(JdbcProductRepository::map)
                .findOne());
    }

    @Override
    public Page<Product> list(PageRequest page) {
        return LISTING.run(db, page, JdbcProductRepository::map);
    }

    @Override
    public List<Product> all() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM products ORDER BY id")
                .map(JdbcProductRepository::map)
                .list());
    }

    @Override
    public void save(Product p) {
        db.jdbi().useHandle(h -> h.execute(db.dialect().upsert("products", COLUMNS, List.of("id")), values(p)));
    }

    @Override
    public boolean delete(String id) {
        return db.jdbi().withHandle(h -> {
            long used = h.createQuery("SELECT COUNT(*) FROM order_lines WHERE product_id = ?")
                    .bind(0, id)
                    .mapTo(Long.class)
                    .one();
            if (used > 0) {
                throw new MarketPilotException(
                        ErrorCode.CONFLICT,
                        "Product '" + id + "' appears on " + used + " order lines and cannot be deleted",
                        java.util.Map.of("orderLines", used));
            }
            h.execute("DELETE FROM reviews WHERE product_id = ?", id);
            h.execute("DELETE FROM events WHERE product_id = ?", id);
            return h.execute("DELETE FROM products WHERE id = ?", id) > 0;
        });
    }

    @Override
    public long count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM products")
                .mapTo(Long.class)
                .one());
    }

    public static Product map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Product(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("category"),
                rs.getString("description"),
                Sql.nullableDouble(rs, "price"),
                Sql.nullableInt(rs, "stock"),
                rs.getString("name_zh"),
                rs.getString("description_zh"));
    }

    /** Values in {@link #COLUMNS} order, for batch writers. */
    public static @Nullable Object[] values(Product p) {
        return new Object[] {
            p.id(), p.name(), p.category(), p.description(), p.price(), p.stock(), p.nameZh(), p.descriptionZh()
        };
    }
}
