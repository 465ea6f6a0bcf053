package io.marketpilot.app.cli;

import io.marketpilot.core.domain.Order;
import io.marketpilot.store.imports.OrderFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where an analysis reads orders from: a file in any import layout ({@code --orders}), or the store. */
public final class OrderSource {
    @Option(
            names = "--orders",
            description = "Orders file in any import layout (UCI Online Retail, Superstore, CDNOW,"
                    + " MarketPilot's own); without it the store's orders are used")
    Path file;

    @Mixin
    StoreOptions store;

    public List<Order> load() {
        if (file != null) {
            return OrderFile.read(file).orders();
        }
        try (var app = store.open()) {
            List<Order> orders = new ArrayList<>();
            app.orders.forEach(orders::add);
            return orders;
        }
    }
}
