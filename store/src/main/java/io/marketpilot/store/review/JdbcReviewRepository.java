package io.marketpilot.store.review;

import io.marketpilot.core.domain.Review;
import io.marketpilot.core.page.Page;
import io.marketpilot.core.page.PageRequest;
import io.marketpilot.core.store.ReviewRepository;
import io.marketpilot.store.Database;
import io.marketpilot.store.PagedQuery;
import io.marketpilot.store.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.jspecify.annotations.Nullable;

/** Reviews and social posts in the JDBC store. */
public final class JdbcReviewRepository implements ReviewRepository {
    public static final List<String> COLUMNS =
            List.of("id", "customer_id", "product_id", "text", "rating", "channel", "language", "created_at");

    private static final PagedQuery LISTING =
            new PagedQuery("reviews", List.of("text", "product_id", "language"), "created_at DESC, id");

    private final Database db;

    public JdbcReviewRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Review> find(String id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM reviews WHERE id = ?")
                .bind(0, id)
                .map(JdbcReviewRepository::map)
                .findOne());
    }

    @Override
    public Page<Review> list(PageRequest page) {
        return LISTING.run(db, page, JdbcReviewRepository::map);
    }

    @Override
    public List<Review> forProduct(String productId) {
        return query("SELECT * FROM reviews WHERE product_id = ? ORDER BY created_at DESC, id", productId);
    }

    @Override
    public List<Review> forCustomer(String customerId) {
        return query("SELECT * FROM reviews WHERE customer_id = ? ORDER BY created_at DESC, id", customerId);
    }

    @Override
    public void save(Review r) {
        db.jdbi().useHandle(h -> h.execute(db.dialect().upsert("reviews", COLUMNS, List.of("id")), values(r)));
    }

    @Override
    public boolean delete(String id) {
        return db.jdbi().withHandle(h -> h.execute("DELETE FROM reviews WHERE id = ?", id) > 0);
    }

    @Override
    public long count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM reviews")
                .mapTo(Long.class)
                .one());
    }

    private List<Review> query(String sql, String id) {
        return db.jdbi().withHandle(h -> h.createQuery(sql)
                .bind(0, id)
                .map(JdbcReviewRepository::map)
                .list());
    }

    /** A {@code reviews} row as a review, for every query that selects whole rows. */
    public static Review map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Review(
                rs.getString("id"),
                rs.getString("customer_id"),
                rs.getString("product_id"),
                rs.getString("text"),
                Sql.nullableInt(rs, "rating"),
                rs.getString("channel"),
                rs.getString("language"),
                Sql.dateTime(rs, "created_at"));
    }

    public static @Nullable Object[] values(Review r) {
        return new Object[] {
            r.id(), r.customerId(), r.productId(), r.text(), r.rating(), r.channel(), r.language(), r.createdAt()
        };
    }
}
