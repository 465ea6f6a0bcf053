package io.marketpilot.predict.sendtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.marketpilot.core.MarketPilotException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SendTimeEvaluationTest {
    private static final LocalDateTime SPLIT = LocalDateTime.of(2025, 10, 1, 0, 0);
    private static final LocalDate MONDAY_BEFORE = LocalDate.of(2025, 9, 1);
    private static final LocalDate MONDAY_AFTER = LocalDate.of(2025, 10, 6);

    private static PurchaseTime at(String id, LocalDate monday, DayOfWeek day, int hour) {
        return new PurchaseTime(id, monday.plusDays(day.getValue() - 1).atTime(hour, 15));
    }

    /**
     * 800 customers with a personal weekday and hour drawn from the group's taste (Saturday and 20:00 four times in
     * ten, otherwise uniform), who buy at their habit a {@code habitShare} of the time and at a fresh draw from the
     * group's taste otherwise; 1 to 8 purchases in the 30 weeks before the split and 1 to 3 in the 10 after it.
     */
    private static List<PurchaseTime> population(long seed, double habitShare) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PurchaseTime> all = new ArrayList<>();
        for (int c = 0; c < 800; c++) {
            String id = "c" + c;
            int habitDay = groupDay(random);
            int habitHour = groupHour(random);
            int before = 1 + random.nextInt(8);
            int after = 1 + random.nextInt(3);
            for (int i = 0; i < before + after; i++) {
                boolean habit = random.nextDouble() < habitShare;
                int day = habit ? habitDay : groupDay(random);
                int hour = habit ? habitHour : groupHour(random);
                LocalDate monday = i < before
                        ? MONDAY_BEFORE.minusWeeks(30 - random.nextInt(30))
                        : MONDAY_AFTER.plusWeeks(random.nextInt(10));
                all.add(new PurchaseTime(id, monday.plusDays(day).atTime(hour, random.nextInt(60))));
            }
        }
        return all;
    }

    private static int groupDay(SplittableRandom random) {
        return random.nextDouble() < 0.4 ? 5 : random.nextInt(7); // Monday + 5 = Saturday
    }

    private static int groupHour(SplittableRandom random) {
        return random.nextDouble() < 0.4 ? 20 : random.nextInt(24);
    }

    private static List<PurchaseTime> habitualPopulation(long seed) {
        return population(seed, 0.7);
    }

    @Test
    void personalWindowsBeatTheGlobalWindowWhichBeatsChance() {
        SendTimeEvaluationReport report = SendTimeEvaluation.evaluate(habitualPopulation(7), SPLIT, 1);

        SendTimeHits personal = report.hits(SendTimeMethod.PERSONAL, HistorySize.ALL);
        SendTimeHits global = report.hits(SendTimeMethod.GLOBAL, HistorySize.ALL);
        assertThat(report.customersEvaluated()).isEqualTo(800);
        assertThat(report.fit().globalWindow().day()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(report.fit().globalWindow().hour()).isEqualTo(20);
        assertThat(personal.hitRate()).isGreaterThan(global.hitRate() + 0.2);
        assertThat(global.hitRate()).isGreaterThan(3 * report.chanceRate());
        assertThat(personal.weekdayHitRate()).isGreaterThan(global.weekdayHitRate());
        assertThat(global.weekdayHitRate()).isGreaterThan(report.weekdayChanceRate());
        // regular customers' habits are easier to learn than one-off buyers'
        assertThat(report.hits(SendTimeMethod.PERSONAL, HistorySize.THREE_OR_MORE)
                        .hitRate())
                .isGreaterThan(report.hits(SendTimeMethod.PERSONAL, HistorySize.ONE_OR_TWO)
                        .hitRate());
    }

    @Test
    void shrinkageBeatsRawModesForSparseHistoriesWhenPersonalHabitsAreWeak() {
        SendTimeEvaluationReport report = SendTimeEvaluation.evaluate(population(5, 0.1), SPLIT, 1);

        assertThat(report.fit().weekdayStrength()).isGreaterThan(20);
        SendTimeHits shrunk = report.hits(SendTimeMethod.PERSONAL, HistorySize.ONE_OR_TWO);
        SendTimeHits raw = report.hits(SendTimeMethod.RAW_MODE, HistorySize.ONE_OR_TWO);
        assertThat(shrunk.hitRate()).isGreaterThan(raw.hitRate() + 0.05);
        assertThat(shrunk.weekdayHitRate()).isGreaterThan(raw.weekdayHitRate() + 0.1);
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        assertThat(SendTimeEvaluation.evaluate(habitualPopulation(3), SPLIT, 1))
                .isEqualTo(SendTimeEvaluation.evaluate(habitualPopulation(3), SPLIT, 1));
    }

    @Test
    void historyGroupsSplitTheEvaluatedCustomers() {
        SendTimeEvaluationReport report = SendTimeEvaluation.evaluate(habitualPopulation(11), SPLIT, 2);
        for (SendTimeMethod method : SendTimeMethod.values()) {
            SendTimeHits all = report.hits(method, HistorySize.ALL);
            SendTimeHits few = report.hits(method, HistorySize.ONE_OR_TWO);
            SendTimeHits many = report.hits(method, HistorySize.THREE_OR_MORE);
            assertThat(few.customers() + many.customers()).isEqualTo(all.customers());
            assertThat(few.hits() + many.hits()).isEqualTo(all.hits());
            assertThat(few.weekdayHits() + many.weekdayHits()).isEqualTo(all.weekdayHits());
            assertThat(few.customers()).isPositive();
            assertThat(many.customers()).isPositive();
        }
    }

    @Test
    void scoresOnlyTheFirstPurchaseAtOrAfterTheSplitOfCustomersSeenBefore() {
        List<PurchaseTime> purchases = List.of(
                at("gone", MONDAY_BEFORE, DayOfWeek.TUESDAY, 9),
                at("back", MONDAY_BEFORE, DayOfWeek.TUESDAY, 9),
                // later purchase listed first: the earliest after the split counts, not the first in the list
                at("back", MONDAY_AFTER.plusWeeks(1), DayOfWeek.FRIDAY, 18),
                new PurchaseTime("back", SPLIT.plusDays(6).withHour(10)), // Tuesday 2025-10-07 10:00
                at("new", MONDAY_AFTER, DayOfWeek.TUESDAY, 9));

        SendTimeEvaluationReport report = SendTimeEvaluation.evaluate(purchases, SPLIT, 1);

        assertThat(report.customersEvaluated()).isEqualTo(1);
        assertThat(report.withoutNextPurchase()).isEqualTo(1);
        assertThat(report.withoutHistory()).isEqualTo(1);
        assertThat(report.fit().purchases()).isEqualTo(2);
        SendTimeHits personal = report.hits(SendTimeMethod.PERSONAL, HistorySize.ONE_OR_TWO);
        assertThat(personal.customers()).isEqualTo(1);
        assertThat(personal.hits()).isEqualTo(1);
        assertThat(report.hits(SendTimeMethod.PERSONAL, HistorySize.THREE_OR_MORE)
                        .customers())
                .isZero();
    }

    @Test
    void aPurchaseExactlyAtTheSplitIsTheNextPurchase() {
        List<PurchaseTime> purchases =
                List.of(at("a", MONDAY_BEFORE, DayOfWeek.WEDNESDAY, 0), new PurchaseTime("a", SPLIT));
        SendTimeEvaluationReport report = SendTimeEvaluation.evaluate(purchases, SPLIT, 0);
        assertThat(report.customersEvaluated()).isEqualTo(1);
        assertThat(report.fit().purchases()).isEqualTo(1);
        // 2025-10-01 is a Wednesday: 00:00 against the one purchase on a Wednesday at 00:15
        assertThat(report.hits(SendTimeMethod.RAW_MODE, HistorySize.ALL).hits()).isEqualTo(1);
    }

    @Test
    void theHourWindowWrapsAroundMidnight() {
        assertThat(SendTimeEvaluation.withinHours(23, 0, 1)).isTrue();
        assertThat(SendTimeEvaluation.withinHours(0, 23, 1)).isTrue();
        assertThat(SendTimeEvaluation.withinHours(22, 0, 1)).isFalse();
        assertThat(SendTimeEvaluation.withinHours(1, 23, 2)).isTrue();
        assertThat(SendTimeEvaluation.withinHours(5, 5, 0)).isTrue();

        // a Thursday-23:00 habit and a next purchase in the first hour of a Thursday
        List<PurchaseTime> purchases = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            purchases.add(at("owl", MONDAY_BEFORE.minusWeeks(w), DayOfWeek.THURSDAY, 23));
        }
        purchases.add(at("owl", MONDAY_AFTER, DayOfWeek.THURSDAY, 0));
        assertThat(SendTimeEvaluation.evaluate(purchases, SPLIT, 1)
                        .hits(SendTimeMethod.PERSONAL, HistorySize.ALL)
                        .hits())
                .isEqualTo(1);
        assertThat(SendTimeEvaluation.evaluate(purchases, SPLIT, 0)
                        .hits(SendTimeMethod.PERSONAL, HistorySize.ALL)
                        .hits())
                .isZero();
    }

    @Test
    void chanceIsOneWeekdayInSevenTimesTheWindowsShareOfTheDay() {
        List<PurchaseTime> purchases =
                List.of(at("a", MONDAY_BEFORE, DayOfWeek.MONDAY, 9), at("a", MONDAY_AFTER, DayOfWeek.MONDAY, 9));
        SendTimeEvaluationReport report = SendTimeEvaluation.evaluate(purchases, SPLIT, 1);
        assertThat(report.chanceRate()).isCloseTo(1.0 / 7 * 3 / 24, within(1e-15));
        assertThat(report.weekdayChanceRate()).isCloseTo(1.0 / 7, within(1e-15));
        assertThat(report.toTable()).contains("chance (random window)", "0.018", "per-customer raw mode", "3+ before");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> SendTimeEvaluation.evaluate(List.of(), SPLIT, 1))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("no purchase times");
    }

    @Test
    void rejectsInputWithEverythingAfterTheSplit() {
        List<PurchaseTime> purchases = List.of(at("a", MONDAY_AFTER, DayOfWeek.MONDAY, 9));
        assertThatThrownBy(() -> SendTimeEvaluation.evaluate(purchases, SPLIT, 1))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("no purchase before the split at 2025-10-01T00:00");
    }

    @Test
    void rejectsASplitThatNoCustomerStraddles() {
        List<PurchaseTime> purchases =
                List.of(at("a", MONDAY_BEFORE, DayOfWeek.MONDAY, 9), at("b", MONDAY_AFTER, DayOfWeek.MONDAY, 9));
        assertThatThrownBy(() -> SendTimeEvaluation.evaluate(purchases, SPLIT, 1))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("no customer bought both before and at or after the split");
    }

    @Test
    void rejectsAnHourWindowOutOfRange() {
        List<PurchaseTime> purchases =
                List.of(at("a", MONDAY_BEFORE, DayOfWeek.MONDAY, 9), at("a", MONDAY_AFTER, DayOfWeek.MONDAY, 9));
        assertThatThrownBy(() -> SendTimeEvaluation.evaluate(purchases, SPLIT, -1))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("hour window must be 0 to 11");
        assertThatThrownBy(() -> SendTimeEvaluation.evaluate(purchases, SPLIT, 12))
                .isInstanceOf(MarketPilotException.class);
    }

    @Test
    void theDefaultSplitLeavesTheRequestedShareBeforeIt() {
        List<PurchaseTime> purchases = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            purchases.add(new PurchaseTime("c" + i, SPLIT.plusHours(i)));
        }
        LocalDateTime split = SendTimeEvaluation.splitAt(purchases, 0.8);
        assertThat(split).isEqualTo(SPLIT.plusHours(8));
        assertThat(purchases.stream().filter(p -> p.localTime().isBefore(split)))
                .hasSize(8);
        assertThatThrownBy(() -> SendTimeEvaluation.splitAt(List.of(), 0.8)).isInstanceOf(MarketPilotException.class);
    }
}
