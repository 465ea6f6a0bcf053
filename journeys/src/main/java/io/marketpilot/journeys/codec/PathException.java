package io.marketpilot.journeys.codec;

/** A problem found while reading one value, carrying its path up to where the reader records it. */
final class PathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String path;

    PathException(String path, String message) {
        super(message, null, false, false);
        this.path = path;
    }

    JsonProblem problem() {
        return new JsonProblem(path, getMessage() == null ? "is invalid" : getMessage());
    }
}
