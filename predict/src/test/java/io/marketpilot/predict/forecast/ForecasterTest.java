package io.marketpilot.predict.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.MarketPilotException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ForecasterTest {
    private static final ForecastOptions DEFAULTS = ForecastOptions.defaults();

    @Test
    void usesSeasonalHoltWintersWithTwoFullYears() {
        Forecast f = Forecaster.forecast(SyntheticSeries.trendAndSeason(156, 1000, 3, 200, 40, 1), 12, DEFAULTS);
        assertThat(f.model().form()).contains(",A)").contains("period 52");
        assertThat(f.model().selection()).startsWith("seasonal (period 52): 156 weeks >= 104");
        assertThat(f.model().parameters()).containsKeys("alpha", "gamma", "level");
        assertThat(f.points()).hasSize(12);
        assertThat(f.points().getFirst().weekStart()).isEqualTo(SyntheticSeries.MONDAY.plusWeeks(156));
        assertThat(f.history().size()).isEqualTo(156);
    }

    @Test
    void fallsBackToNonSeasonalSmoothingBelowTwoYears() {
        Forecast f = Forecaster.forecast(SyntheticSeries.trendAndSeason(103, 1000, 3, 200, 40, 1), 4, DEFAULTS);
        assertThat(f.model().form()).endsWith(",N) " + formName(f));
        assertThat(f.model().selection()).startsWith("non-seasonal: 103 weeks < 104");
        assertThat(f.model().selection()).contains("ETS(A,N,N)=", "ETS(A,A,N)=", "ETS(A,Ad,N)=");
    }

    private static String formName(Forecast f) {
        return f.model().form().substring(f.model().form().indexOf(' ') + 1);
    }

    @Test
    void choosesMultiplicativeSeasonalityForASeasonThatGrowsWithTheLevel() {
        WeeklySeries s = SyntheticSeries.growingSeason(208, 1000, 8, 0.4, 0.02, 3);
        Forecast f = Forecaster.forecast(s, 8, DEFAULTS);
        assertThat(f.model().form()).contains(",M)").contains("multiplicative");
        assertThat(f.model().intervals()).contains("seeded simulated paths");
    }

    @Test
    void intervalsAreNestedAroundTheMean() {
        for (Seasonality s : List.of(Seasonality.ADDITIVE, Seasonality.MULTIPLICATIVE)) {
            Forecast f = Forecaster.forecast(
                    SyntheticSeries.growingSeason(130, 1000, 2, 0.3, 0.05, 5), 30, DEFAULTS.withSeasonality(s));
            for (ForecastPoint p : f.points()) {
                assertThat(p.lo95()).isLessThanOrEqualTo(p.lo80());
                assertThat(p.lo80()).isLessThanOrEqualTo(p.mean());
                assertThat(p.mean()).isLessThanOrEqualTo(p.hi80());
                assertThat(p.hi80()).isLessThanOrEqualTo(p.hi95());
            }
        }
    }

    @Test
    void intervalsWidenWithTheHorizon() {
        Forecast f = Forecaster.forecast(SyntheticSeries.randomWalk(80, 100, 5, 2), 10, DEFAULTS);
        for (int h = 1; h < f.points().size(); h++) {
            ForecastPoint before = f.points().get(h - 1);
            ForecastPoint now = f.points().get(h);
            assertThat(now.hi95() - now.lo95()).isGreaterThanOrEqualTo(before.hi95() - before.lo95());
        }
    }

    @Test
    void floorsForecastsOfNonNegativeSeriesAtZero() {
        // a steep decline that a trend model carries below zero
        double[] y = new double[20];
        for (int t = 0; t < y.length; t++) {
            y[t] = 200 - 10 * t;
        }
        Forecast f = Forecaster.forecast(
                new WeeklySeries("falling", SyntheticSeries.MONDAY, y), 10, DEFAULTS.withTrend(Trend.ADDITIVE));
        assertThat(f.points()).allSatisfy(p -> assertThat(p.lo95()).isGreaterThanOrEqualTo(0));
        assertThat(f.points().getLast().mean()).isZero();
    }

    @Test
    void constantSeriesGivesZeroWidthIntervalsWithoutNaN() {
        for (int weeks : new int[] {8, 40, 120}) {
            Forecast f = Forecaster.forecast(SyntheticSeries.constant(weeks, 250), 60, DEFAULTS);
            assertThat(f.model().residualSd()).isCloseTo(0, within(1e-9));
            for (ForecastPoint p : f.points()) {
                assertThat(p.mean()).isCloseTo(250, within(1e-9));
                assertThat(p.lo95()).isCloseTo(250, within(1e-9));
                assertThat(p.hi95()).isCloseTo(250, within(1e-9));
            }
            assertThat(f.model().parameters().values())
                    .allSatisfy(v -> assertThat(v).isFinite());
        }
    }

    @Test
    void allZeroSeriesForecastsZero() {
        Forecast f = Forecaster.forecast(SyntheticSeries.constant(120, 0), 4, DEFAULTS);
        assertThat(f.points()).allSatisfy(p -> assertThat(p.hi95()).isZero());
    }

    @Test
    void rejectsSeriesShorterThanEightWeeks() {
        WeeklySeries seven = SyntheticSeries.constant(7, 10);
        assertThatThrownBy(() -> Forecaster.forecast(seven, 4, DEFAULTS))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("series 'constant' has 7 complete weeks; forecasting needs at least 8");
    }

    @Test
    void rejectsHorizonOfZeroOrLess() {
        WeeklySeries s = SyntheticSeries.constant(30, 10);
        for (int horizon : new int[] {0, -3}) {
            assertThatThrownBy(() -> Forecaster.forecast(s, horizon, DEFAULTS))
                    .isInstanceOf(MarketPilotException.class)
                    .hasMessageContaining("forecast horizon must be 1 to 520 weeks, got " + horizon);
        }
    }

    @Test
    void rejectsSeasonalityTheSeriesIsTooShortFor() {
        WeeklySeries s = SyntheticSeries.trendAndSeason(90, 1000, 0, 100, 10, 1);
        assertThatThrownBy(() -> Forecaster.forecast(s, 4, DEFAULTS.withSeasonality(Seasonality.ADDITIVE)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("has 90 weeks; additive seasonality needs two full years (104 weeks)");
    }

    @Test
    void rejectsMultiplicativeSeasonalityForSeriesWithZeroWeeks() {
        double[] y = SyntheticSeries.trendAndSeason(110, 1000, 0, 100, 10, 1).values();
        y[50] = 0;
        WeeklySeries s = new WeeklySeries("gap", SyntheticSeries.MONDAY, y);
        assertThatThrownBy(() -> Forecaster.forecast(s, 4, DEFAULTS.withSeasonality(Seasonality.MULTIPLICATIVE)))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("multiplicative seasonality needs every week above zero");
        // left to choose, it simply does not consider the multiplicative forms
        assertThat(Forecaster.forecast(s, 4, DEFAULTS).model().selection()).doesNotContain(",M)");
    }

    @Test
    void sameInputAndSeedGiveTheSameForecast() {
        WeeklySeries s = SyntheticSeries.growingSeason(120, 500, 1, 0.3, 0.05, 9);
        ForecastOptions multiplicative = DEFAULTS.withSeasonality(Seasonality.MULTIPLICATIVE);
        assertThat(Forecaster.forecast(s, 20, multiplicative)).isEqualTo(Forecaster.forecast(s, 20, multiplicative));
        assertThat(Forecaster.forecast(s, 20, DEFAULTS)).isEqualTo(Forecaster.forecast(s, 20, DEFAULTS));
        // the seed drives the simulated bounds, and only them
        Forecast other = Forecaster.forecast(s, 20, multiplicative.withSeed(1));
        Forecast base = Forecaster.forecast(s, 20, multiplicative);
        assertThat(other.points().getLast().mean())
                .isEqualTo(base.points().getLast().mean());
        assertThat(other.points().getLast().hi95())
                .isNotEqualTo(base.points().getLast().hi95());
    }

    @Test
    void fitRecoversTheSmoothingParameterOfSimulatedData() {
        // y_t = l_{t-1} + e_t, l_t = l_{t-1} + 0.3 e_t: ETS(A,N,N) with alpha 0.3
        SplittableRandom random = new SplittableRandom(4);
        double[] y = new double[1000];
        double level = 100;
        for (int t = 0; t < y.length; t++) {
            double e = 10 * random.nextGaussian();
            y[t] = level + e;
            level += 0.3 * e;
        }
        Forecast f = Forecaster.forecast(
                new WeeklySeries("ses", SyntheticSeries.MONDAY, y),
                1,
                DEFAULTS.withTrend(Trend.NONE).withSeasonality(Seasonality.NONE));
        assertThat(f.model().parameters().get("alpha")).isCloseTo(0.3, within(0.05));
        assertThat(f.model().residualSd()).isCloseTo(10, within(0.6));
    }

    @Test
    void naiveRepeatsTheLastWeekWithSpreadGrowingLikeTheSquareRootOfTheHorizon() {
        double[] y = {10, 12, 10, 12, 10, 12, 10, 12};
        Forecast f = Forecaster.forecast(
                new WeeklySeries("zigzag", SyntheticSeries.MONDAY, y), 4, DEFAULTS.withMethod(ForecastMethod.NAIVE));
        // every one-step difference is 2, so sigma = 2 and sd_h = 2 sqrt(h)
        ForecastPoint fourth = f.points().get(3);
        assertThat(fourth.mean()).isEqualTo(12);
        assertThat(fourth.hi95()).isCloseTo(12 + ForecastPoint.Z95 * 2 * 2, within(1e-12));
        assertThat(f.model().residualSd()).isCloseTo(2, within(1e-12));
    }

    @Test
    void seasonalNaiveRepeatsLastYear() {
        WeeklySeries s = SyntheticSeries.trendAndSeason(70, 100, 0, 30, 1, 6);
        Forecast f = Forecaster.forecast(s, 60, DEFAULTS.withMethod(ForecastMethod.SEASONAL_NAIVE));
        assertThat(f.model().method()).isEqualTo("seasonal naive");
        // week 70 + h - 1 repeats week 70 + h - 1 - 52, and beyond a year the year before that again
        assertThat(f.points().get(0).mean()).isEqualTo(s.value(18));
        assertThat(f.points().get(51).mean()).isEqualTo(s.value(69));
        assertThat(f.points().get(52).mean()).isEqualTo(s.value(18));
    }

    @Test
    void seasonalNaiveFallsBackToNaiveWithoutAYearAndSaysSo() {
        WeeklySeries s = SyntheticSeries.trendAndSeason(59, 100, 0, 30, 1, 6);
        Forecast f = Forecaster.forecast(s, 3, DEFAULTS.withMethod(ForecastMethod.SEASONAL_NAIVE));
        assertThat(f.model().method()).isEqualTo("naive");
        assertThat(f.model().selection()).startsWith("seasonal naive fell back to naive: 59 weeks < 60");
        assertThat(f.points().getFirst().mean()).isEqualTo(s.value(58));
    }
}
