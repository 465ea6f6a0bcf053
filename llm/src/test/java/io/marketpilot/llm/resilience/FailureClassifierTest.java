package io.marketpilot.llm.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {
    @Test
    void transientFailuresAreRetriable() {
        assertThat(FailureClassifier.classify(new HttpException(429, "slow down"))
                        .retriable())
                .isTrue();
        assertThat(FailureClassifier.classify(new RuntimeException(new HttpException(503, "")))
                        .retriable())
                .isTrue();
        assertThat(FailureClassifier.classify(new HttpException(408, "")).retriable())
                .isTrue();
        assertThat(FailureClassifier.classify(new RateLimitException("x")).retriable())
                .isTrue();
        assertThat(FailureClassifier.classify(new TimeoutException("x")).reason())
                .isEqualTo("timed out");
        assertThat(FailureClassifier.classify(new RuntimeException(new ConnectException("refused")))
                        .retriable())
                .isTrue();
        Failure json = FailureClassifier.classify(new RuntimeException(new JsonParseException(null, "Unexpected '<'")));
        assertThat(json.retriable()).isTrue();
        assertThat(json.reason()).contains("not valid JSON");
    }

    @Test
    void clientErrorsAreNot() {
        assertThat(FailureClassifier.classify(new HttpException(400, "bad")).retriable())
                .isFalse();
        assertThat(FailureClassifier.classify(new HttpException(401, "key")).reason())
                .startsWith("HTTP 401");
        assertThat(FailureClassifier.classify(new AuthenticationException("x")).retriable())
                .isFalse();
        assertThat(FailureClassifier.classify(new InvalidRequestException("x")).retriable())
                .isFalse();
        assertThat(FailureClassifier.classify(new IllegalStateException("bug")).retriable())
                .isFalse();
    }

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(100), new SplittableRandom(1));
        for (int retry = 1; retry <= 8; retry++) {
            long ceiling = 100L << Math.min(retry - 1, 4);
            assertThat(p.delayBefore(retry).toMillis()).isBetween(ceiling / 2, ceiling);
        }
        assertThat(p.shouldRetry(new Failure(true, "x"), 10)).isTrue();
        assertThat(p.shouldRetry(new Failure(true, "x"), 11)).isFalse();
        assertThat(p.shouldRetry(new Failure(false, "x"), 1)).isFalse();
    }
}
