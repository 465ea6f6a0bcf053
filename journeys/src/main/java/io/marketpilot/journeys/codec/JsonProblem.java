package io.marketpilot.journeys.codec;

/**
 * One thing wrong with a journey's JSON.
 *
 * @param path where, as a JSONPath from the document's root, e.g. {@code $.steps[2].duration}
 */
public record JsonProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
