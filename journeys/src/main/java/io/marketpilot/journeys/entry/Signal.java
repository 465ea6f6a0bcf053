package io.marketpilot.journeys.entry;

import io.marketpilot.journeys.definition.CustomerDate;
import io.marketpilot.journeys.definition.Prediction;
import java.time.LocalDate;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;

/** Something that happened to one customer that a journey's trigger may answer. */
public sealed interface Signal {
    /** One of their events was ingested. */
    record EventHappened(String type, Map<String, String> properties) implements Signal {
        public EventHappened {
            properties = Map.copyOf(properties);
        }
    }

    /** A segmentation run placed them (or no longer placed them) in a segment. */
    record SegmentChanged(Optional<Integer> before, Optional<Integer> after) implements Signal {}

    /** A model refresh changed their figures; a figure absent before (a new customer) crosses nothing. */
    record PredictionsRefreshed(Map<Prediction, Double> before, Map<Prediction, Double> after) implements Signal {
        public PredictionsRefreshed {
            before = Map.copyOf(before);
            after = Map.copyOf(after);
        }
    }

    /** A new day began for them: the daily sweep of date triggers, with the dates on their record. */
    record DayBegan(LocalDate today, Map<CustomerDate, LocalDate> dates) implements Signal {
        public DayBegan {
            dates = Map.copyOf(dates);
        }

        /** The date of {@code field}, if they have one. */
        public Optional<LocalDate> date(CustomerDate field) {
            return dates.entrySet().stream()
                    .filter(e -> e.getKey() == field)
                    .map(Entry::getValue)
                    .findFirst();
        }
    }
}
