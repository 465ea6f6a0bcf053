package io.marketpilot.journeys.entry;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.journeys.definition.Comparison;
import io.marketpilot.journeys.definition.CustomerDate;
import io.marketpilot.journeys.definition.EventMatch;
import io.marketpilot.journeys.definition.Prediction;
import io.marketpilot.journeys.definition.Trigger;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggersTest {
    @Test
    void anEventTriggerFiresOnItsTypeWithEveryFilteredProperty() {
        var trigger = new Trigger.OnEvent(new EventMatch("cart_abandoned", Map.of("source", "web")));

        assertThat(Triggers.fires(
                        trigger, new Signal.EventHappened("cart_abandoned", Map.of("source", "web", "items", "3"))))
                .isTrue();
        assertThat(Triggers.fires(trigger, new Signal.EventHappened("cart_abandoned", Map.of("source", "app"))))
                .isFalse();
        assertThat(Triggers.fires(trigger, new Signal.EventHappened("cart_abandoned", Map.of())))
                .isFalse();
        assertThat(Triggers.fires(trigger, new Signal.EventHappened("page_view", Map.of("source", "web"))))
                .isFalse();
        assertThat(Triggers.fires(trigger, new Signal.SegmentChanged(Optional.empty(), Optional.of(1))))
                .as("another kind of signal")
                .isFalse();
    }

    @Test
    void aSegmentTriggerFiresOnEnteringNotOnStaying() {
        var trigger = new Trigger.EntersSegment(2);

        assertThat(Triggers.fires(trigger, new Signal.SegmentChanged(Optional.of(1), Optional.of(2))))
                .isTrue();
        assertThat(Triggers.fires(trigger, new Signal.SegmentChanged(Optional.empty(), Optional.of(2))))
                .isTrue();
        assertThat(Triggers.fires(trigger, new Signal.SegmentChanged(Optional.of(2), Optional.of(2))))
                .isFalse();
        assertThat(Triggers.fires(trigger, new Signal.SegmentChanged(Optional.of(2), Optional.of(1))))
                .isFalse();
    }

    @Test
    void aPredictionTriggerFiresWhenARefreshCrossesOntoItsSide() {
        var rising = new Trigger.PredictionCrosses(Prediction.CHURN_RISK, Comparison.AT_LEAST, 0.7);
        var falling = new Trigger.PredictionCrosses(Prediction.P_ALIVE, Comparison.BELOW, 0.3);

        assertThat(Triggers.fires(rising, refresh(Prediction.CHURN_RISK, 0.5, 0.7)))
                .isTrue();
        assertThat(Triggers.fires(rising, refresh(Prediction.CHURN_RISK, 0.75, 0.9)))
                .as("already above")
                .isFalse();
        assertThat(Triggers.fires(rising, refresh(Prediction.CHURN_RISK, 0.8, 0.4)))
                .isFalse();
        assertThat(Triggers.fires(rising, refresh(Prediction.CLV, 0.5, 0.9)))
                .as("another figure")
                .isFalse();
        assertThat(Triggers.fires(
                        rising, new Signal.PredictionsRefreshed(Map.of(), Map.of(Prediction.CHURN_RISK, 0.9))))
                .as("no figure before")
                .isFalse();
        assertThat(Triggers.fires(falling, refresh(Prediction.P_ALIVE, 0.3, 0.29)))
                .isTrue();
        assertThat(Triggers.fires(falling, refresh(Prediction.P_ALIVE, 0.29, 0.1)))
                .isFalse();
    }

    private static Signal refresh(Prediction prediction, double before, double after) {
        return new Signal.PredictionsRefreshed(Map.of(prediction, before), Map.of(prediction, after));
    }

    @Test
    void aDateTriggerFiresOnTheDayItsOffsetFromTheCustomersDateLandsOn() {
        var thirtyDaysAfterFirstOrder = new Trigger.DateRelative(CustomerDate.FIRST_ORDER, 30);
        var weekBeforeSignupAnniversary = new Trigger.DateRelative(CustomerDate.SIGNUP, -7);
        var dates = Map.of(
                CustomerDate.FIRST_ORDER, LocalDate.of(2026, 1, 31), CustomerDate.SIGNUP, LocalDate.of(2026, 3, 9));

        assertThat(Triggers.fires(thirtyDaysAfterFirstOrder, new Signal.DayBegan(LocalDate.of(2026, 3, 2), dates)))
                .isTrue();
        assertThat(Triggers.fires(thirtyDaysAfterFirstOrder, new Signal.DayBegan(LocalDate.of(2026, 3, 3), dates)))
                .isFalse();
        assertThat(Triggers.fires(weekBeforeSignupAnniversary, new Signal.DayBegan(LocalDate.of(2026, 3, 2), dates)))
                .isTrue();
        assertThat(Triggers.fires(
                        new Trigger.DateRelative(CustomerDate.LAST_ORDER, 0),
                        new Signal.DayBegan(LocalDate.of(2026, 3, 2), dates)))
                .as("no such date")
                .isFalse();
    }
}
