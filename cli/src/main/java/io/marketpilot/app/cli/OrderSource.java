package io.marketpilot.app.cli;

import io.marketpilot.core.domain.Order;
import io.marketpilot.imports.OrderFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where an analysis reads orders from: a file in any import layout ({@code --orders}), or the store. */
public final class OrderSource {
    @Option(
            names = "--orders",
            description = "Orders file in any import layout (UCI Online Retail, Superstore, CDNOW,"
                    + " MarketPilot's own); without it the store's orders are used")
    @Nullable
    Path file;

    @Mixin
    StoreOptions store;

    public List<Order> load() {
        return loadWithProducts().orders();
    }

    /** Orders with the products they name: the store's catalogue, or the products a file's layout carries. */
    public Loaded loadWithProducts() {
        if (file != null) {
            var contents = OrderFile.read(file);
            return new Loaded(contents.orders(), contents.products());
        }
        try (var app = store.open()) {
            List<Order> orders = new ArrayList<>();
            app.orders.forEach(orders::add);
            return new Loaded(orders, app.products.all());
        }
    }

    /** What {@link #loadWithProducts()} read. */
    public record Loaded(List<Order> orders, List<io.marketpilot.core.domain.Product> products) {}
}
