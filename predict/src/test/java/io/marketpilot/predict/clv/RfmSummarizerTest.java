package io.marketpilot.predict.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.ErrorCode;
import io.marketpilot.core.MarketPilotException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmSummarizerTest {
    private static final LocalDate END = LocalDate.of(1997, 9, 30);

    private static Transaction t(String id, String date, double amount) {
        return new Transaction(id, LocalDate.parse(date), amount);
    }

    @Test
    void singlePurchaseCustomerHasNoFrequencyRecencyOrSpend() {
        RfmSummary s = only(RfmSummarizer.summarize(List.of(t("a", "1997-09-02", 20)), END));
        assertThat(s).isEqualTo(new RfmSummary("a", 0, 0, 4, 0));
    }

    @Test
    void measuresRecencyAndAgeInWeeksFromTheFirstPurchase() {
        RfmSummary s = only(RfmSummarizer.summarize(
                List.of(t("a", "1997-01-01", 10), t("a", "1997-01-15", 30), t("a", "1997-03-05", 50)), END));
        assertThat(s.frequency()).isEqualTo(2);
        assertThat(s.recency()).isCloseTo(63 / 7.0, within(1e-12));
        assertThat(s.age()).isCloseTo(272 / 7.0, within(1e-12));
        // the first purchase (10) is not part of the repeat spend
        assertThat(s.meanRepeatSpend()).isEqualTo(40.0);
    }

    @Test
    void purchasesOnOneDayAreOneOccasionWithSummedSpend() {
        RfmSummaries summaries = RfmSummarizer.summarize(
                List.of(
                        t("a", "1997-01-01", 10),
                        t("a", "1997-02-01", 12),
                        t("a", "1997-02-01", 8),
                        t("a", "1997-01-01", 5)),
                END);
        assertThat(only(summaries).frequency()).isEqualTo(1);
        assertThat(only(summaries).meanRepeatSpend()).isEqualTo(20.0);
        assertThat(summaries.sameDayRowsMerged()).isEqualTo(2);
    }

    @Test
    void duplicateRowsDoNotInflateFrequency() {
        // identical rows are kept as separate order lines (the file has no order id to tell a double entry from two
        // equal orders), so they add spend to their day but never a purchase occasion
        RfmSummaries summaries = RfmSummarizer.summarize(
                List.of(t("a", "1997-01-01", 10), t("a", "1997-03-01", 15), t("a", "1997-03-01", 15)), END);
        assertThat(only(summaries).frequency()).isEqualTo(1);
        assertThat(only(summaries).meanRepeatSpend()).isEqualTo(30.0);
        assertThat(summaries.sameDayRowsMerged()).isEqualTo(1);
    }

    @Test
    void excludesAndCountsTransactionsAfterTheCalibrationEnd() {
        RfmSummaries summaries = RfmSummarizer.summarize(
                List.of(
                        t("a", "1997-01-01", 10),
                        t("a", "1997-09-30", 10),
                        t("a", "1997-10-01", 99),
                        t("b", "1998-01-01", 5)),
                END);
        assertThat(summaries.customers()).extracting(RfmSummary::customerId).containsExactly("a");
        assertThat(summaries.futureTransactionsExcluded()).isEqualTo(2);
        assertThat(only(summaries).frequency()).isEqualTo(1);
        assertThat(only(summaries).recency()).isEqualTo(only(summaries).age());
    }

    @Test
    void ordersCustomersByIdWhateverTheInputOrder() {
        RfmSummaries summaries = RfmSummarizer.summarize(
                List.of(t("c", "1997-01-03", 1), t("a", "1997-01-02", 1), t("b", "1997-01-01", 1)), END);
        assertThat(summaries.customers()).extracting(RfmSummary::customerId).containsExactly("a", "b", "c");
    }

    @Test
    void rejectsEmptyInputWithAClearMessage() {
        assertThatThrownBy(() -> RfmSummarizer.summarize(List.of(), END))
                .isInstanceOf(MarketPilotException.class)
                .satisfies(e -> assertThat(((MarketPilotException) e).code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessage("no transactions to summarise");
    }

    @Test
    void rejectsInputWhollyAfterTheCalibrationEnd() {
        assertThatThrownBy(() -> RfmSummarizer.summarize(List.of(t("a", "1998-01-01", 1)), END))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("all 1 transactions are after the calibration end 1997-09-30");
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThatThrownBy(() -> t("a", "1997-01-01", -5))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("invalid amount -5.0");
    }

    private static RfmSummary only(RfmSummaries summaries) {
        assertThat(summaries.customers()).hasSize(1);
        return summaries.customers().get(0);
    }
}
