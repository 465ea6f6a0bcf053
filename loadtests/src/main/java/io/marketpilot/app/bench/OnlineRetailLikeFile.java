package io.marketpilot.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a file in the UCI "Online Retail" layout with the published file's shape (541,909 lines, about 25,900
 * invoices of about 21 lines, 4,070 stock codes, 4,372 customers, a quarter of lines without CustomerID, 2 % on
 * cancellations) and its oddities (postage lines, anonymous price-0 stock adjustments without description, exact
 * duplicate lines), for the importer at 10× and 100× the real file. Customers grow with the line count; the real file
 * is the benchmark for figures (docs/benchmarks.md).
 */
final class OnlineRetailLikeFile {
    private OnlineRetailLikeFile() {}

    static void write(Path file, int lines, long seed) throws IOException {
        Random random = new Random(seed);
        int customers = (int) Math.max(4372, 4372L * lines / 541_909);
        LocalDateTime at = LocalDateTime.of(2010, 12, 1, 8, 26);
        int invoice = 536365;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
            int written = 0;
            while (written < lines) {
                boolean cancel = random.nextDouble() < 0.02;
                boolean anonymous = random.nextDouble() < 0.25;
                boolean stockAdjustment = !cancel && random.nextDouble() < 0.08;
                String customer = anonymous || stockAdjustment ? "" : (12346 + random.nextInt(customers)) + ".0";
                String country = random.nextDouble() < 0.9 ? "United Kingdom" : "Germany";
                int size = Math.min(lines - written, 1 + random.nextInt(41));
                at = at.plusMinutes(random.nextInt(30));
                String date = String.format(
                        Locale.ROOT,
                        "%d/%d/%d %d:%02d",
                        at.getMonthValue(),
                        at.getDayOfMonth(),
                        at.getYear(),
                        at.getHour(),
                        at.getMinute());
                if (stockAdjustment) {
                    size = 1;
                }
                for (int i = 0; i < size; i++) {
                    boolean postage = i == size - 1 && size > 1 && random.nextDouble() < 0.05;
                    String code = postage ? "POST" : String.valueOf(10000 + random.nextInt(4070));
                    int qty = (1 + random.nextInt(12)) * (cancel || stockAdjustment ? -1 : 1);
                    double price =
                            stockAdjustment ? 0 : postage ? 18 : Math.floorMod(code.hashCode(), 97) / 10.0 + 0.29;
                    String description = stockAdjustment ? "" : postage ? "POSTAGE" : "\"ITEM " + code + ", ASSORTED\"";
                    String line = (cancel ? "C" : "") + invoice + "," + code + "," + description + "," + qty + ","
                            + date + "," + String.format(Locale.ROOT, "%.2f", price) + "," + customer + "," + country
                            + "\n";
                    w.write(line);
                    if (i < size - 1 && random.nextDouble() < 0.01) {
                        w.write(line); // the real file repeats about 1 % of its lines exactly
                        i++;
                    }
                }
                written += size;
                invoice++;
            }
        }
    }
}
