package io.marketpilot.app.journey;

import java.util.List;

/**
 * Whether a journey's JSON is valid, and if not, every problem with its JSON path.
 *
 * @param journeyId the journey's id when the JSON is valid; empty text otherwise
 */
public record JourneyValidation(boolean valid, String journeyId, List<Problem> problems) {
    public JourneyValidation {
        problems = List.copyOf(problems);
    }

    /** One thing wrong, where: a JSONPath such as {@code $.steps[2].duration}. */
    public record Problem(String path, String message) {}
}
