package io.marketpilot.imports;

import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.Product;
import io.marketpilot.imports.layout.Layout;
import io.marketpilot.imports.layout.Layouts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an orders file in any accepted import layout straight into memory, for analyses that run on a file rather
 * than the store (e.g. {@code marketpilot clv fit --orders FILE}). Rows are checked as on import; references to
 * customers and products are not, since no store is involved.
 */
public final class OrderFile {
    /**
     * The orders of a file, the products it names (for layouts that carry them), the layout it was read with and that
     * layout's notes on rows that are not plain data.
     */
    public record Contents(String layout, int rows, List<Order> orders, List<Product> products, List<String> notes) {}

    private OrderFile() {}

    public static Contents read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw io.marketpilot.core.MarketPilotException.invalid("No such file: " + path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Contents read(String name, InputStream in) {
        SourceData data = SourceReader.read(in, SourceFormat.fromFileName(name));
        Layout layout = new Layouts(text -> "und").detect(ImportKind.ORDERS, data.headers());
        RowErrors errors = new RowErrors();
        errors.addAll(data.errors());
        ImportBatch batch = new ImportBatch();
        layout.parse(data.rows(), new Fields(errors), errors, batch);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(name, errors.list());
        }
        return new Contents(
                layout.name(),
                data.rows().size(),
                batch.orders,
                List.copyOf(batch.derivedProducts.values()),
                List.copyOf(batch.notes));
    }
}
