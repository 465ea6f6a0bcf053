package io.marketpilot.store;

import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.store.audit.JdbcAuditLog;
import io.marketpilot.store.imports.JdbcImporter;
import java.io.InputStream;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh store per test on the database a subclass opens, with the importer and the test files. */
abstract class StoreFixture {
    protected Database db;

    protected JdbcAuditLog audit;

    protected JdbcImporter importer;

    protected abstract Database open();

    protected void cleanUp() {}

    @BeforeEach
    void setUp() {
        db = open();
        audit = new JdbcAuditLog(db, Clock.systemUTC());
        importer = new JdbcImporter(
                db, audit, text -> text.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF) ? "zh" : "en");
    }

    @AfterEach
    void tearDown() {
        cleanUp();
        db.close();
    }

    protected ImportReport load(ImportKind kind, String resource) {
        return importer.importFile(kind, resource, resource(resource), false, "test", ImportProgress.NONE);
    }

    protected static InputStream resource(String name) {
        InputStream in = StoreFixture.class.getResourceAsStream("/imports/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        return in;
    }

    protected void loadShop() {
        load(ImportKind.CUSTOMERS, "customers.csv");
        load(ImportKind.PRODUCTS, "products.tsv");
        load(ImportKind.ORDERS, "orders.csv");
    }

    protected long rows(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class)
                .one());
    }
}
