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
 * cancellations), for benchmarking the importer where the real file is not at hand.
 */
final class OnlineRetailLikeFile {
    private OnlineRetailLikeFile() {}

    static void write(Path file, int lines, long seed) throws IOException {
        Random random = new Random(seed);
        LocalDateTime at = LocalDateTime.of(2010, 12, 1, 8, 26);
        int invoice = 536365;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
            int written = 0;
            while (written < lines) {
                boolean cancel = random.nextDouble() < 0.02;
                boolean anonymous = random.nextDouble() < 0.25;
                String customer = anonymous ? "" : (12346 + random.nextInt(4372)) + ".0";
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
                for (int i = 0; i < size; i++) {
                    int code = 10000 + random.nextInt(4070);
                    int qty = (1 + random.nextInt(12)) * (cancel ? -1 : 1);
                    double price = (code % 97) / 10.0 + 0.29;
                    w.write((cancel ? "C" : "") + invoice + "," + code + ",\"ITEM " + code + ", ASSORTED\"," + qty + ","
                            + date + "," + String.format(Locale.ROOT, "%.2f", price) + "," + customer + "," + country
                            + "\n");
                }
                written += size;
                invoice++;
            }
        }
    }
}
