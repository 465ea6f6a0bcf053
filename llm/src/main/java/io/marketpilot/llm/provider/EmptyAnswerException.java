package io.marketpilot.llm.provider;

/** The provider answered without any text; the gateway retries it like a server error. */
public final class EmptyAnswerException extends RuntimeException {
    public EmptyAnswerException(String message) {
        super(message);
    }
}
