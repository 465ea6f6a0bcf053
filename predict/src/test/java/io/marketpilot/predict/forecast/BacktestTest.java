package io.marketpilot.predict.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.MarketPilotException;
import org.junit.jupiter.api.Test;

class BacktestTest {
    private static final ForecastOptions DEFAULTS = ForecastOptions.defaults();

    @Test
    void holtWintersBeatsSeasonalNaiveOnTrendPlusSeasonWithCalibratedIntervals() {
        WeeklySeries s = SyntheticSeries.trendAndSeason(208, 1000, 3, 200, 40, 11);
        BacktestReport r = Backtest.run(s, 8, 40, DEFAULTS);
        MethodScore model = r.score(ForecastMethod.EXPONENTIAL_SMOOTHING);
        MethodScore seasonalNaive = r.score(ForecastMethod.SEASONAL_NAIVE);
        assertThat(r.scale()).isEqualTo("seasonal naive in-sample MAE (lag 52)");
        // seasonal naive carries last year's noise and misses a year of trend; the model averages both away
        assertThat(model.mase()).isLessThan(0.8 * seasonalNaive.mase());
        assertThat(model.mase()).isLessThan(r.score(ForecastMethod.NAIVE).mase());
        assertThat(model.coverage95()).isBetween(0.85, 1.0);
        assertThat(model.coverage80()).isBetween(0.65, 0.95);
    }

    @Test
    void naiveIsHardToBeatOnARandomWalk() {
        // the best forecast of a random walk is its last value. Below two years smoothing can at best match naive
        // (simple exponential smoothing with alpha near 1); from two years on the automatic choice fits a seasonal
        // profile to noise and does worse. A year-old value is noise plus a year of drift.
        for (int weeks : new int[] {100, 140}) {
            double model = 0;
            double naive = 0;
            double seasonalNaive = 0;
            for (long seed = 1; seed <= 4; seed++) {
                BacktestReport r = Backtest.run(SyntheticSeries.randomWalk(weeks, 1000, 20, seed), 4, 30, DEFAULTS);
                model += r.score(ForecastMethod.EXPONENTIAL_SMOOTHING).mase();
                naive += r.score(ForecastMethod.NAIVE).mase();
                seasonalNaive += r.score(ForecastMethod.SEASONAL_NAIVE).mase();
                assertThat(r.score(ForecastMethod.NAIVE).coverage95()).isBetween(0.85, 1.0);
            }
            assertThat(model).as("%d weeks", weeks).isGreaterThan(0.97 * naive);
            assertThat(seasonalNaive).as("%d weeks", weeks).isGreaterThan(1.3 * naive);
        }
    }

    @Test
    void scoresNaiveOnAStraightLineExactly() {
        // y = t: every naive error at horizon h is h, the in-sample naive MAE is 1 and sigma is 1, so MASE = mean of
        // 1..4 = 2.5; the 95% interval 1.96 sqrt(h) holds h = 1, 2, 3 and the 80% one 1.28 sqrt(h) only h = 1
        double[] y = new double[40];
        for (int t = 0; t < y.length; t++) {
            y[t] = t;
        }
        BacktestReport r = Backtest.run(new WeeklySeries("line", SyntheticSeries.MONDAY, y), 4, 5, DEFAULTS);
        MethodScore naive = r.score(ForecastMethod.NAIVE);
        assertThat(naive.mase()).isCloseTo(2.5, within(1e-12));
        assertThat(naive.mae()).isCloseTo(2.5, within(1e-12));
        assertThat(naive.coverage95()).isEqualTo(0.75);
        assertThat(naive.coverage80()).isEqualTo(0.25);
        assertThat(naive.origins()).isEqualTo(5);
        assertThat(naive.forecasts()).isEqualTo(20);
        // Holt follows a straight line exactly
        assertThat(r.score(ForecastMethod.EXPONENTIAL_SMOOTHING).mase()).isLessThan(1e-6);
    }

    @Test
    void originsEndAtTheLastWeekWithAFullHorizonAfterIt() {
        WeeklySeries s = SyntheticSeries.randomWalk(60, 100, 1, 3);
        BacktestReport r = Backtest.run(s, 6, 10, DEFAULTS);
        assertThat(r.lastOrigin()).isEqualTo(s.weekStart(54));
        assertThat(r.firstOrigin()).isEqualTo(s.weekStart(45));
        assertThat(r.methods())
                .extracting(MethodScore::method)
                .containsExactly("exponential smoothing", "naive", "seasonal naive");
        assertThat(r.score(ForecastMethod.SEASONAL_NAIVE).note()).isEqualTo("fell back to naive at 10 of 10 origins");
        assertThat(r.toTable()).contains("series walk: 60 weeks, horizon 6, 10 origins");
    }

    @Test
    void rejectsMoreOriginsThanTheSeriesHolds() {
        WeeklySeries s = SyntheticSeries.randomWalk(30, 100, 1, 3);
        assertThatThrownBy(() -> Backtest.run(s, 8, 20, DEFAULTS))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("series 'walk' has 30 weeks; 20 origins with horizon 8 need at least 35");
        assertThatThrownBy(() -> Backtest.run(s, 0, 5, DEFAULTS)).isInstanceOf(MarketPilotException.class);
        assertThatThrownBy(() -> Backtest.run(s, 4, 0, DEFAULTS)).isInstanceOf(MarketPilotException.class);
    }

    @Test
    void rejectsATrainingWindowThatNeverChangesBecauseMaseIsUndefined() {
        assertThatThrownBy(() -> Backtest.run(SyntheticSeries.constant(30, 5), 4, 5, DEFAULTS))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("MASE is undefined");
    }

    @Test
    void sameSeriesGivesTheSameReport() {
        WeeklySeries s = SyntheticSeries.growingSeason(150, 500, 1, 0.3, 0.05, 9);
        assertThat(Backtest.run(s, 4, 8, DEFAULTS)).isEqualTo(Backtest.run(s, 4, 8, DEFAULTS));
    }
}
