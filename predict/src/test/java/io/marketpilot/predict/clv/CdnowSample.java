package io.marketpilot.predict.clv;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The CDNOW 1/10 sample of Fader, Hardie and Lee (2005), copied into the test resources. */
final class CdnowSample {
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    private static List<Transaction> transactions;

    private CdnowSample() {}

    static synchronized List<Transaction> transactions() {
        if (transactions == null) {
            try {
                transactions = List.copyOf(OrdersCsv.read(Path.of(
                        CdnowSample.class.getResource("cdnow_sample_orders.csv").toURI())));
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return transactions;
    }

    static RfmSummaries calibration() {
        return RfmSummarizer.summarize(transactions(), CALIBRATION_END);
    }
}
