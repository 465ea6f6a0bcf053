package io.marketpilot.core.campaign;

import io.marketpilot.core.MarketPilotException;
import java.time.Duration;
import java.time.Instant;

/** When a campaign's messages go out; every schedule keeps out of each customer's quiet hours. */
public sealed interface Schedule {
    /** The local hours in which nothing is sent. */
    QuietHours quietHours();

    /** As soon as the campaign starts sending. */
    record Now(QuietHours quietHours) implements Schedule {
        public Now {
            Check.present(quietHours, "quiet hours");
        }
    }

    /** At one instant for everyone (moved out of a customer's quiet hours where it falls in them). */
    record At(Instant at, QuietHours quietHours) implements Schedule {
        public At {
            Check.present(at, "send time");
            Check.present(quietHours, "quiet hours");
        }
    }

    /**
     * At each customer's predicted best hour (from their purchase history) within a window, or the window's start
     * where nothing is predicted.
     */
    record SendTime(Instant windowStart, Instant windowEnd, QuietHours quietHours) implements Schedule {
        /** The longest window: a week covers every weekday and hour once. */
        public static final Duration MAX_WINDOW = Duration.ofDays(7);

        public SendTime {
            Check.present(windowStart, "window start");
            Check.present(windowEnd, "window end");
            Check.present(quietHours, "quiet hours");
            if (!windowEnd.isAfter(windowStart)) {
                throw MarketPilotException.invalid(
                        "The send-time window must end after it starts (" + windowStart + " to " + windowEnd + ")");
            }
            if (Duration.between(windowStart, windowEnd).compareTo(MAX_WINDOW) > 0) {
                throw MarketPilotException.invalid("The send-time window may span at most 7 days");
            }
        }
    }
}
