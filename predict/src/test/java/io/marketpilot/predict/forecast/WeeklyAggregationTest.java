package io.marketpilot.predict.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketpilot.core.MarketPilotException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WeeklyAggregationTest {
    // 2024-01-03 is a Wednesday, 2024-01-08 a Monday
    private static Sale sale(String key, String date, double amount) {
        return new Sale(key, LocalDate.parse(date), amount);
    }

    @Test
    void dropsPartialFirstAndLastWeeksWithTheirSales() {
        List<WeeklySeries> series = WeeklyAggregation.aggregate(List.of(
                sale("total", "2024-01-03", 1000), // Wednesday of a week the data do not cover from Monday
                sale("total", "2024-01-08", 10),
                sale("total", "2024-01-14", 5), // Sunday: same week
                sale("total", "2024-01-15", 7),
                sale("total", "2024-01-23", 2000))); // Tuesday of a week the data end in
        assertThat(series).hasSize(1);
        WeeklySeries s = series.getFirst();
        assertThat(s.firstWeek()).isEqualTo(LocalDate.parse("2024-01-08"));
        assertThat(s.values()).containsExactly(15, 7);
    }

    @Test
    void fillsWeeksWithoutSalesWithZero() {
        WeeklySeries s = WeeklyAggregation.aggregate(
                        List.of(sale("total", "2024-01-08", 3), sale("total", "2024-02-04", 4)))
                .getFirst();
        assertThat(s.values()).containsExactly(3, 0, 0, 4);
    }

    @Test
    void everyKeySharesTheObservationPeriod() {
        List<WeeklySeries> series = WeeklyAggregation.aggregate(List.of(
                sale("books", "2024-01-08", 1), sale("music", "2024-01-22", 2), sale("books", "2024-01-28", 3)));
        assertThat(series).extracting(WeeklySeries::key).containsExactly("books", "music");
        assertThat(series.get(0).values()).containsExactly(1, 0, 3);
        assertThat(series.get(1).values()).containsExactly(0, 0, 2);
        assertThat(series.get(1).firstWeek()).isEqualTo(series.get(0).firstWeek());
    }

    @Test
    void anExplicitPeriodKeepsALastWeekWithoutSalesOnSunday() {
        List<Sale> sales = List.of(sale("total", "2024-01-08", 1), sale("total", "2024-01-20", 2));
        // by default the data end on Saturday, so their last week is partial
        assertThat(WeeklyAggregation.aggregate(sales).getFirst().values()).containsExactly(1);
        LocalDate from = LocalDate.parse("2024-01-08");
        LocalDate to = LocalDate.parse("2024-01-21");
        assertThat(WeeklyAggregation.aggregate(sales, from, to).getFirst().values())
                .containsExactly(1, 2);
    }

    @Test
    void rejectsAPeriodWithoutACompleteWeek() {
        assertThatThrownBy(() -> WeeklyAggregation.aggregate(
                        List.of(sale("total", "2024-01-03", 1), sale("total", "2024-01-09", 1))))
                .isInstanceOf(MarketPilotException.class)
                .hasMessageContaining("holds no complete Monday-to-Sunday week");
        assertThatThrownBy(() -> WeeklyAggregation.aggregate(List.of())).isInstanceOf(MarketPilotException.class);
    }

    @Property(tries = 200)
    void weeklyTotalsAddUpToTheSalesInsideCompleteWeeks(
            @ForAll @IntRange(min = 0, max = 400) int startOffset,
            @ForAll @IntRange(min = 7, max = 200) int length,
            @ForAll @IntRange(min = 1, max = 30) int step) {
        LocalDate from = LocalDate.of(2023, 1, 1).plusDays(startOffset);
        LocalDate to = from.plusDays(length);
        List<Sale> sales = new ArrayList<>();
        double inside = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(step)) {
            sales.add(new Sale("k", d, 1));
        }
        List<WeeklySeries> series;
        try {
            series = WeeklyAggregation.aggregate(sales, from, to);
        } catch (MarketPilotException e) {
            assertThat(e.getMessage()).contains("no complete");
            return;
        }
        if (series.isEmpty()) {
            // every sale fell into a dropped partial week; a key without sales in the period gets no series
            assertThat(sales).allSatisfy(sale -> assertThat(sale.date().getDayOfWeek() == DayOfWeek.MONDAY
                            && !sale.date().plusDays(6).isAfter(to))
                    .isFalse());
            return;
        }
        WeeklySeries s = series.getFirst();
        LocalDate end = s.weekStart(s.size());
        for (Sale sale : sales) {
            inside += !sale.date().isBefore(s.firstWeek()) && sale.date().isBefore(end) ? 1 : 0;
        }
        assertThat(s.firstWeek().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(s.firstWeek()).isAfterOrEqualTo(from).isBefore(from.plusDays(7));
        assertThat(end.minusDays(1)).isBeforeOrEqualTo(to).isAfter(to.minusDays(7));
        assertThat(Arrays.stream(s.values()).sum()).isEqualTo(inside);
    }
}
