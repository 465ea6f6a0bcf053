package io.marketpilot.predict.sendtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.marketpilot.core.MarketPilotException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SendTimeModelTest {
    // 1997-01-06 is a Monday
    private static PurchaseTime at(String id, int dayOfWeek, int hour) {
        return new PurchaseTime(id, LocalDateTime.of(1997, 1, 5 + dayOfWeek, hour, 30));
    }

    /** 200 group customers buying on Saturday evenings, plus the customers under test. */
    private static List<PurchaseTime> saturdayEveningGroupWith(List<PurchaseTime> others) {
        List<PurchaseTime> all = new ArrayList<>(others);
        for (int i = 0; i < 200; i++) {
            all.add(at("g" + i, 6, 20));
            all.add(at("g" + i, 6, 21));
            all.add(at("g" + i, i % 7 + 1, 20));
        }
        return all;
    }

    @Test
    void aRegularCustomerKeepsTheirOwnHabit() {
        List<PurchaseTime> tuesdayMornings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tuesdayMornings.add(at("reg", 2, 9));
        }
        SendTimeRecommendation r = SendTimeModel.fit(saturdayEveningGroupWith(tuesdayMornings), 10)
                .recommend("reg")
                .orElseThrow();
        assertThat(r.day()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(r.hour()).isEqualTo(9);
        assertThat(r.purchases()).isEqualTo(30);
    }

    @Test
    void aOneOffCustomerIsPulledTowardsTheGroupPattern() {
        SendTimeModel model = SendTimeModel.fit(saturdayEveningGroupWith(List.of(at("once", 2, 9))), 10);
        SendTimeRecommendation r = model.recommend("once").orElseThrow();
        assertThat(r.day()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(r.hour()).isEqualTo(20);
    }

    @Test
    void aWeakPriorLetsEvenOnePurchaseDecide() {
        SendTimeRecommendation r = SendTimeModel.fit(saturdayEveningGroupWith(List.of(at("once", 2, 9))), 0.1)
                .recommend("once")
                .orElseThrow();
        assertThat(r.day()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(r.hour()).isEqualTo(9);
    }

    @Test
    void posteriorSharesFollowTheDocumentedFormula() {
        SendTimeModel model = SendTimeModel.fit(saturdayEveningGroupWith(List.of(at("c", 2, 9), at("c", 2, 9))), 10);
        DirichletPrior hours = model.hourPrior();
        // (n_s + A m_s) / (n + A) for hour 20, where the customer has 0 of 2 purchases
        double expected = (0 + 10 * hours.mean(20)) / (2 + 10);
        SendTimeRecommendation r = model.recommend("c").orElseThrow();
        assertThat(r.hour()).isEqualTo(20);
        assertThat(r.hourShare()).isCloseTo(expected, within(1e-12));
        // the group mean is the pooled share with add-one smoothing: 400 of 602 purchases at 20:00, plus one of 24
        assertThat(hours.mean(20)).isCloseTo((400 + 1) / (602.0 + 24), within(1e-12));
    }

    @Test
    void estimatesThePriorStrengthThatGeneratedTheData() {
        // customers' weekday shares drawn from Dir(25 * m), then 12 purchases each
        double[] m = {0.1, 0.1, 0.1, 0.1, 0.15, 0.25, 0.2};
        double strength = 25;
        SplittableRandom random = new SplittableRandom(20260401);
        List<PurchaseTime> purchases = new ArrayList<>();
        for (int c = 0; c < 3000; c++) {
            double[] shares = dirichlet(random, strength, m);
            for (int j = 0; j < 12; j++) {
                purchases.add(at("c" + c, draw(random, shares) + 1, 12));
            }
        }
        assertThat(SendTimeModel.fit(purchases).weekdayPrior().strength()).isCloseTo(strength, withinPercentage(20));
    }

    @Test
    void fallsBackToTheDefaultStrengthWithoutRepeatBuyers() {
        SendTimeModel model = SendTimeModel.fit(List.of(at("a", 1, 8), at("b", 3, 9)));
        assertThat(model.weekdayPrior().strength()).isEqualTo(SendTimeModel.FALLBACK_STRENGTH);
    }

    @Test
    void unknownCustomersGetNothingAndTheGroupDefaultIsTheGroupMode() {
        SendTimeModel model = SendTimeModel.fit(saturdayEveningGroupWith(List.of()), 10);
        assertThat(model.recommend("nobody")).isEmpty();
        SendTimeRecommendation group = model.groupDefault();
        assertThat(group.day()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(group.hour()).isEqualTo(20);
        assertThat(group.purchases()).isZero();
    }

    @Test
    void sameInputGivesTheSameRecommendationsInIdOrder() {
        List<PurchaseTime> input = saturdayEveningGroupWith(List.of(at("b", 1, 1), at("a", 2, 2)));
        List<SendTimeRecommendation> first = SendTimeModel.fit(input).recommendAll();
        assertThat(first).isEqualTo(SendTimeModel.fit(input).recommendAll());
        assertThat(first.get(0).customerId()).isEqualTo("a");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> SendTimeModel.fit(List.of()))
                .isInstanceOf(MarketPilotException.class)
                .hasMessage("no purchase times to learn send times from");
    }

    private static double[] dirichlet(SplittableRandom random, double strength, double[] mean) {
        double[] g = new double[mean.length];
        double sum = 0;
        for (int i = 0; i < mean.length; i++) {
            g[i] = gamma(random, strength * mean[i]);
            sum += g[i];
        }
        for (int i = 0; i < mean.length; i++) {
            g[i] /= sum;
        }
        return g;
    }

    // Marsaglia-Tsang, with the shape < 1 boost; good enough for a test fixture
    private static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static int draw(SplittableRandom random, double[] shares) {
        double u = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
