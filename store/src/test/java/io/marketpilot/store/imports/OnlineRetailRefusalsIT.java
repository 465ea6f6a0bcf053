package io.marketpilot.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.marketpilot.core.MarketPilotException;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportRejectedException;
import io.marketpilot.imports.ImportReport;
import io.marketpilot.imports.RowError;
import io.marketpilot.store.Database;
import io.marketpilot.store.TestDatabases;
import io.marketpilot.store.audit.JdbcAuditLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Refusals of the UCI Online Retail layout found by the import properties: any price on a product's first line
 * (a price of 0 crashed the importer), a country wider than the store's column, a refused customer id that must not
 * make its invoice's other lines look like another customer's.
 */
class OnlineRetailRefusalsIT {
    private static final String HEADER =
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    private Database db;
    private JdbcImporter importer;

    @BeforeProperty
    void open() throws IOException {
        db = TestDatabases.h2(Files.createTempDirectory("mp-uci-refusals"));
        importer = new JdbcImporter(db, new JdbcAuditLog(db, Clock.systemUTC()), text -> "en");
    }

    @AfterProperty
    void close() {
        db.close();
    }

    @Property(tries = 20, seed = "20261206")
    void anyFinitePriceOnAProductsFirstLineImportsOrIsRefusedByLine(
            @ForAll @DoubleRange(min = -100, max = 100) double price) {
        String file = HEADER + "536365,85123A,,6,12/1/2010 8:26," + price + ",17850,United Kingdom\n";

        Throwable thrown = catchThrowable(() -> importText(file));

        assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t)
                .isInstanceOf(ImportRejectedException.class));
    }

    @Example
    void aCountryWiderThanTheStoreColumnIsARowError() {
        String file = HEADER + "536365,85123A,MUG,6,12/1/2010 8:26,2.55,17850," + "c".repeat(101) + "\n";

        Throwable thrown = catchThrowable(() -> importText(file));

        assertThat(thrown).isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.line()).isEqualTo(2)));
    }

    @Example
    void aRefusedCustomerIdNamesOnlyItsOwnLine() {
        String file = HEADER
                + "536365,85123A,MUG,6,12/1/2010 8:26,2.55," + "9".repeat(65) + ",United Kingdom\n"
                + "536365,71053,LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom\n";

        Throwable thrown = catchThrowable(() -> importText(file));

        assertThat(thrown).isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                .extracting(RowError::line)
                .containsOnly(2));
    }

    @Example
    void aRefusedValueIsNamedWithoutTouchingTheStore() {
        Throwable thrown = catchThrowable(() -> importText(HEADER + "536365,85123A,MUG,six,12/1/2010 8:26,2.55,,UK\n"));

        assertThat(thrown).isInstanceOf(MarketPilotException.class);
        assertThat(StoreSnapshot.of(db).tables().get("orders")).startsWith("0 rows");
    }

    private ImportReport importText(String text) {
        return importer.importFile(
                ImportKind.ORDERS,
                "online-retail.csv",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                false,
                "test",
                ImportProgress.NONE);
    }
}
