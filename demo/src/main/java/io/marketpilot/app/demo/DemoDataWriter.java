package io.marketpilot.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketpilot.core.domain.Customer;
import io.marketpilot.core.domain.Event;
import io.marketpilot.core.domain.Order;
import io.marketpilot.core.domain.OrderLine;
import io.marketpilot.core.domain.Product;
import io.marketpilot.core.domain.Review;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** Writes the sample shop as gzipped CSV files in MarketPilot's own import layouts. */
public final class DemoDataWriter {
    public static final List<String> FILES =
            List.of("customers.csv.gz", "products.csv.gz", "orders.csv.gz", "events.csv.gz", "reviews.csv.gz");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoDataWriter() {}

    /** Generates the shop for a seed and writes the five files into {@code dir}. */
    public static void write(Path dir, long seed, int customers, Path englishReviews, int chineseReviews)
            throws IOException {
        DemoShop shop = new DemoShop(seed, customers);
        List<Review> reviews = DemoReviews.attach(shop, DemoReviews.readUci(englishReviews), seed, chineseReviews);
        Files.createDirectories(dir);
        write(
                dir.resolve(FILES.get(0)),
                List.of("id", "email", "name", "country", "city", "signup_date"),
                rows(shop.customers, DemoDataWriter::customer));
        write(
                dir.resolve(FILES.get(1)),
                List.of("id", "name", "category", "description", "price", "stock", "name_zh", "description_zh"),
                rows(shop.products, DemoDataWriter::product));
        List<@Nullable Object[]> lines = new ArrayList<>();
        for (Order o : shop.orders) {
            for (OrderLine l : o.lines()) {
                lines.add(new Object[] {
                    o.id(),
                    o.customerId(),
                    o.orderedAt(),
                    o.country(),
                    o.kind().wireName(),
                    l.productId(),
                    num(l.quantity()),
                    num(l.unitPrice())
                });
            }
        }
        write(
                dir.resolve(FILES.get(2)),
                List.of(
                        "order_id",
                        "customer_id",
                        "ordered_at",
                        "country",
                        "kind",
                        "product_id",
                        "quantity",
                        "unit_price"),
                lines);
        write(
                dir.resolve(FILES.get(3)),
                List.of("id", "type", "customer_id", "product_id", "occurred_at", "properties"),
                rows(shop.events, DemoDataWriter::event));
        write(
                dir.resolve(FILES.get(4)),
                List.of("id", "customer_id", "product_id", "text", "rating", "channel", "language", "created_at"),
                rows(reviews, DemoDataWriter::review));
    }

    private static <T> List<@Nullable Object[]> rows(
            List<T> items, java.util.function.Function<T, @Nullable Object[]> f) {
        return items.stream().map(f).toList();
    }

    private static @Nullable Object[] customer(Customer c) {
        return new Object[] {c.id(), c.email(), c.name(), c.country(), c.city(), c.signupDate()};
    }

    private static @Nullable Object[] product(Product p) {
        return new Object[] {
            p.id(),
            p.name(),
            p.category(),
            p.description(),
            p.price() == null ? null : num(p.price()),
            p.stock(),
            p.nameZh(),
            p.descriptionZh()
        };
    }

    private static @Nullable Object[] event(Event e) {
        try {
            return new Object[] {
                e.id(),
                e.type(),
                e.customerId(),
                e.productId(),
                e.occurredAt(),
                JSON.writeValueAsString(new java.util.TreeMap<>(e.properties()))
            };
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static @Nullable Object[] review(Review r) {
        return new Object[] {
            r.id(), r.customerId(), r.productId(), r.text(), r.rating(), r.channel(), r.language(), r.createdAt()
        };
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static void write(Path file, List<String> header, List<@Nullable Object[]> rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setRecordSeparator('\n')
                .setHeader(header.toArray(String[]::new))
                .get();
        try (Writer w = new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, format)) {
            for (@Nullable Object[] row : rows) {
                printer.printRecord(Arrays.stream(row)
                        .map(v -> v == null ? "" : v.toString())
                        .toList());
            }
        }
    }
}
