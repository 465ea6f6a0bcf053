package io.marketpilot.app.demo;

import io.marketpilot.app.services.Services;
import io.marketpilot.imports.ImportKind;
import io.marketpilot.imports.ImportProgress;
import io.marketpilot.imports.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Imports the bundled sample shop (resources under {@code /demo}) into an empty store. */
public final class DemoLoader {
    private static final List<ImportKind> ORDER = List.of(
            ImportKind.CUSTOMERS, ImportKind.PRODUCTS, ImportKind.ORDERS, ImportKind.EVENTS, ImportKind.REVIEWS);

    private DemoLoader() {}

    /** Imports the sample unless the store already has customers; returns what was imported. */
    public static List<ImportReport> loadIfEmpty(Services app, ImportProgress progress) {
        if (app.customers.count() > 0) {
            return List.of();
        }
        List<ImportReport> reports = new ArrayList<>();
        for (ImportKind kind : ORDER) {
            String name = kind.wireName() + ".csv.gz";
            try (InputStream in = DemoLoader.class.getResourceAsStream("/demo/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("The sample data " + name + " is missing from the build");
                }
                reports.add(app.importFile(kind, name, in, false, "demo", progress));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reports;
    }
}
