package io.marketpilot.benchmarks.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.benchmarks.RepositoryFiles;
import io.marketpilot.predict.clv.BgNbdParameters;
import io.marketpilot.predict.clv.ClvModel;
import io.marketpilot.predict.clv.SyntheticCustomers;
import org.junit.jupiter.api.Test;

class ClvFitBenchmarkTest {

    @Test
    void fitsTheOrdersFileToThePublishedCdnowParameters() {
        var data = new ClvFitBenchmark.OrdersFile();
        data.orders = RepositoryFiles.cdnowSample().toString();
        data.summarise();

        ClvModel model = new ClvFitBenchmark().fitOrdersFile(data);

        BgNbdParameters p = model.purchases().parameters();
        assertThat(model.customers()).isEqualTo(2_357);
        assertThat(p.r()).isCloseTo(0.2426, within(1e-3));
        assertThat(p.alpha()).isCloseTo(4.4136, within(1e-2));
    }

    @Test
    void fitsTheDrawnCustomersCloseToTheParametersTheyWereDrawnFrom() {
        var data = new ClvFitBenchmark.Synthetic();
        data.customers = 20_000;
        data.timing = SyntheticCustomers.Timing.EXACT;
        data.draw();

        ClvModel model = new ClvFitBenchmark().fitSyntheticCustomers(data);

        assertThat(model.customers()).isEqualTo(20_000);
        assertThat(model.purchases().parameters().r()).isCloseTo(0.25, within(0.05));
    }
}
