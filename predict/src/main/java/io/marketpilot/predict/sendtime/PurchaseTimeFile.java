package io.marketpilot.predict.sendtime;

import java.util.List;

/**
 * The purchases read from one orders file.
 *
 * @param layout which of the layouts {@link PurchaseTimesCsv} knows the file was read as
 * @param rows data rows in the file, before dropping returns, cancellations, anonymous rows and repeated order lines
 * @param timesOfDay false for files with dates only, whose purchases all stand at midnight: only weekdays can be
 *     evaluated on them
 */
public record PurchaseTimeFile(String layout, int rows, boolean timesOfDay, List<PurchaseTime> purchases) {
    public PurchaseTimeFile {
        purchases = List.copyOf(purchases);
    }
}
