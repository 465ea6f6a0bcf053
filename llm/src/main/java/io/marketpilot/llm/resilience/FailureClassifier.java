package io.marketpilot.llm.resilience;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a provider error is worth retrying. Transient: HTTP 408, 429 and 5xx, timeouts, refused or reset
 * connections, and answers that are not valid JSON (a proxy's error page or a cut-off body). Permanent: every other
 * 4xx (a bad request, a wrong key, an unknown model), which no retry can fix.
 */
public final class FailureClassifier {
    private FailureClassifier() {}

    public static Failure classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return status(http.statusCode(), http.getMessage());
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RateLimitException) {
                return new Failure(true, "HTTP 429 (rate limited)");
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
                return new Failure(true, "timed out");
            }
            if (t instanceof InternalServerException) {
                return new Failure(true, "server error");
            }
            if (t instanceof AuthenticationException) {
                return new Failure(false, "the API key was rejected");
            }
            if (t instanceof ModelNotFoundException) {
                return new Failure(false, "the model or endpoint does not exist");
            }
            if (t instanceof InvalidRequestException) {
                return new Failure(false, "the request was rejected");
            }
            if (t instanceof io.marketpilot.llm.provider.EmptyAnswerException) {
                return new Failure(true, "the answer was empty");
            }
            if (t instanceof JsonProcessingException json) {
                return new Failure(true, "the answer was not valid JSON (" + json.getOriginalMessage() + ")");
            }
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return new Failure(true, "connection failed (" + t.getClass().getSimpleName() + ")");
            }
        }
        return new Failure(false, error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    static Failure status(int status, @Nullable String body) {
        String detail = body == null || body.isBlank() ? "" : ": " + abbreviate(body.strip());
        if (status == 429) {
            return new Failure(true, "HTTP 429 (rate limited)" + detail);
        }
        if (status == 408 || status >= 500) {
            return new Failure(true, "HTTP " + status + detail);
        }
        return new Failure(false, "HTTP " + status + detail);
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 199) + "…";
    }
}
