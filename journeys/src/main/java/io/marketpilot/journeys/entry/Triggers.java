package io.marketpilot.journeys.entry;

import io.marketpilot.journeys.definition.Trigger;
import java.util.Optional;

/** Whether a journey's trigger fires on a signal. A trigger answers only signals of its own kind. */
public final class Triggers {
    private Triggers() {}

    public static boolean fires(Trigger trigger, Signal signal) {
        return switch (trigger) {
            case Trigger.OnEvent t ->
                signal instanceof Signal.EventHappened e && t.event().matches(e.type(), e.properties());
            case Trigger.EntersSegment t ->
                signal instanceof Signal.SegmentChanged s
                        && s.after().equals(Optional.of(t.segment()))
                        && !s.before().equals(Optional.of(t.segment()));
            case Trigger.PredictionCrosses t -> {
                if (!(signal instanceof Signal.PredictionsRefreshed p)) {
                    yield false;
                }
                Double before = p.before().get(t.prediction());
                Double after = p.after().get(t.prediction());
                yield before != null
                        && after != null
                        && !t.side().holds(before, t.threshold())
                        && t.side().holds(after, t.threshold());
            }
            case Trigger.DateRelative t ->
                signal instanceof Signal.DayBegan d
                        && d.date(t.field())
                                .map(date -> date.plusDays(t.offsetDays()).equals(d.today()))
                                .orElse(false);
        };
    }
}
