package io.marketpilot.journeys.definition;

/** What the journey is for: reaching it takes the customer out of the journey, counted as converted. */
public sealed interface Goal {
    /** Any order placed after they entered. */
    record PlacedOrder() implements Goal {}

    /** A matching event after they entered. */
    record EventHappened(EventMatch event) implements Goal {
        public EventHappened {
            Rules.present(event, "goal event");
        }
    }
}
