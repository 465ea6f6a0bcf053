package io.marketpilot.llm;

import io.marketpilot.core.llm.LanguageModel;
import io.marketpilot.core.llm.LlmMessage;
import io.marketpilot.core.llm.LlmReply;
import io.marketpilot.core.llm.LlmRequest;
import io.marketpilot.core.llm.LlmToolCall;
import io.marketpilot.core.llm.LlmUnavailableException;
import io.marketpilot.llm.privacy.PiiRedactor;
import io.marketpilot.llm.privacy.Redaction;
import io.marketpilot.llm.resilience.CircuitBreaker;
import io.marketpilot.llm.resilience.ConcurrencyLimit;
import io.marketpilot.llm.resilience.Failure;
import io.marketpilot.llm.resilience.FailureClassifier;
import io.marketpilot.llm.resilience.RetryPolicy;
import io.marketpilot.llm.resilience.Sleeper;
import io.marketpilot.llm.usage.PriceTable;
import io.marketpilot.llm.usage.UsageRecord;
import io.marketpilot.llm.usage.UsageSink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link LanguageModel} every feature calls when a provider is configured: it decorates one provider with a
 * response cache, PII redaction, retries with backoff, a circuit breaker, a concurrency limit, usage accounting and
 * an audit record. In order, for one request: cache hit → answer; else redact; then up to {@code 1 + maxRetries}
 * attempts, each asking the breaker and waiting for a concurrency slot; then audit, account, restore the
 * placeholders and cache the answer. Failures end in {@link LlmUnavailableException}, whose message says why (and
 * whether the circuit is open) so that callers can fall back to their offline path and tell the user.
 */
public final class LlmGateway implements LanguageModel {
    private static final Logger LOG = LoggerFactory.getLogger(LlmGateway.class);

    private final LanguageModel provider;
    private final LlmSettings settings;
    private final PiiRedactor redactor;
    private final ResponseCache cache;
    private final CircuitBreaker breaker;
    private final ConcurrencyLimit limit;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final UsageSink usage;
    private final LlmAuditSink audit;
    private final Clock clock;

    /** The collaborators that are not settings: where usage and audit records go, and how time passes. */
    public record Wiring(
            PiiRedactor redactor,
            UsageSink usage,
            LlmAuditSink audit,
            Clock clock,
            Sleeper sleeper,
            java.util.random.RandomGenerator jitter) {}

    public LlmGateway(LanguageModel provider, LlmSettings settings, Wiring wiring) {
        this.provider = provider;
        this.settings = settings;
        this.redactor = wiring.redactor();
        this.cache = new ResponseCache(settings.cacheSize());
        this.breaker = new CircuitBreaker(settings.breakerThreshold(), settings.breakerCoolDown(), wiring.clock());
        this.limit = new ConcurrencyLimit(settings.maxConcurrency());
        this.retry = new RetryPolicy(settings.maxRetries(), settings.retryBaseDelay(), wiring.jitter());
        this.sleeper = wiring.sleeper();
        this.usage = wiring.usage();
        this.audit = wiring.audit();
        this.clock = wiring.clock();
    }

    @Override
    public String provider() {
        return provider.provider();
    }

    @Override
    public String model() {
        return provider.model();
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        String key = ResponseCache.key(provider(), model(), request);
        Optional<LlmReply> hit = cache.get(key);
        if (hit.isPresent()) {
            account(request, 0, 0, 0, UsageRecord.CACHED, 0);
            LlmReply r = hit.get();
            return new LlmReply(
                    r.text(), r.provider(), r.model(), r.inputTokens(), r.outputTokens(), 0, true, r.toolCalls());
        }
        if (breaker.state() == CircuitBreaker.State.OPEN) {
            account(request, 0, 0, 0, UsageRecord.CIRCUIT_OPEN, 0);
            throw circuitOpen();
        }
        Redaction redaction = redactor.redact(
                request.messages().stream().map(LlmMessage::content).toList());
        boolean sendRedacted = settings.redacts();
        LlmRequest outgoing = sendRedacted ? withContents(request, redaction.texts()) : request;
        long started = System.nanoTime();
        Attempts result = attempt(outgoing);
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record(new LlmCall(
                clock.instant(),
                request.actor(),
                request.feature(),
                provider(),
                model(),
                transcript(request, redaction),
                sendRedacted,
                redaction.originals().size(),
                result.count(),
                result instanceof GaveUp gaveUp ? "failed: " + gaveUp.failure().reason() : "ok"));
        return switch (result) {
            case GaveUp gaveUp -> throw unavailable(request, gaveUp, millis);
            case Answered answered -> {
                LlmReply raw = answered.reply();
                account(request, raw.inputTokens(), raw.outputTokens(), millis, UsageRecord.OK, answered.count());
                String text = sendRedacted ? redaction.restore(raw.text()) : raw.text();
                List<LlmToolCall> calls = sendRedacted
                        ? raw.toolCalls().stream()
                                .map(c -> new LlmToolCall(c.id(), c.name(), redaction.restore(c.arguments())))
                                .toList()
                        : raw.toolCalls();
                LlmReply reply = new LlmReply(
                        text, provider(), model(), raw.inputTokens(), raw.outputTokens(), millis, false, calls);
                cache.put(key, reply);
                yield reply;
            }
        };
    }

    /** How the attempts for one request ended: with an answer, or by giving up. */
    private sealed interface Attempts {
        int count();
    }

    private record Answered(LlmReply reply, int count) implements Attempts {}

    /** {@code error} is the last provider error; there is none when the circuit refused or the wait was interrupted. */
    private record GaveUp(
            int count, Failure failure, @Nullable RuntimeException error, boolean circuitOpened) implements Attempts {}

    private LlmUnavailableException unavailable(LlmRequest request, GaveUp gaveUp, long millis) {
        account(
                request,
                0,
                0,
                millis,
                gaveUp.circuitOpened() ? UsageRecord.CIRCUIT_OPEN : UsageRecord.FAILED,
                gaveUp.count());
        LOG.warn(
                "llm call failed provider={} model={} feature={} attempts={} reason=\"{}\"",
                provider(),
                model(),
                request.feature(),
                gaveUp.count(),
                gaveUp.failure().reason());
        if (gaveUp.circuitOpened()) {
            return circuitOpen();
        }
        return new LlmUnavailableException(
                provider(),
                provider() + " (" + model() + ") did not answer after " + gaveUp.count() + " attempt"
                        + (gaveUp.count() == 1 ? "" : "s") + ": "
                        + gaveUp.failure().reason(),
                gaveUp.error());
    }

    private Attempts attempt(LlmRequest outgoing) {
        int attempts = 0;
        while (true) {
            if (!breaker.tryAcquire()) {
                return new GaveUp(attempts, new Failure(false, "the circuit is open"), null, true);
            }
            attempts++;
            Failure failure;
            RuntimeException error;
            try {
                limit.acquire();
                try {
                    LlmReply reply = provider.complete(outgoing);
                    breaker.onSuccess();
                    return new Answered(reply, attempts);
                } finally {
                    limit.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                breaker.abandon();
                return new GaveUp(attempts, new Failure(false, "interrupted"), null, false);
            } catch (RuntimeException e) {
                breaker.onFailure();
                failure = FailureClassifier.classify(e);
                error = e;
            }
            if (!retry.shouldRetry(failure, attempts)) {
                return new GaveUp(attempts, failure, error, false);
            }
            try {
                sleeper.sleep(retry.delayBefore(attempts));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new GaveUp(attempts, failure, error, false);
            }
        }
    }

    private LlmUnavailableException circuitOpen() {
        return new LlmUnavailableException(
                provider(),
                "The " + provider() + " circuit is open after " + breaker.consecutiveFailures()
                        + " consecutive failures; calls are refused until "
                        + breaker.retryAt().map(Object::toString).orElse("the next trial call")
                        + ", and features use their offline path meanwhile",
                null);
    }

    private void account(LlmRequest request, int in, int out, long millis, String outcome, int attempts) {
        PriceTable prices = settings.prices();
        // a cache hit or a failure bills nothing: known to cost 0 when the model has a price, unknown otherwise
        Optional<Double> cost = outcome.equals(UsageRecord.OK)
                ? prices.cost(model(), in, out)
                : prices.price(model()).map(p -> 0.0);
        try {
            usage.record(new UsageRecord(
                    clock.instant(), provider(), model(), request.feature(), in, out, millis, cost, outcome, attempts));
        } catch (RuntimeException e) {
            // accounting must not turn a good answer into a failure; the operator sees why
            LOG.error("llm usage not recorded feature={} reason=\"{}\"", request.feature(), e.getMessage());
        }
    }

    private static LlmRequest withContents(LlmRequest request, List<String> contents) {
        List<LlmMessage> messages = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            messages.add(request.messages().get(i).withContent(contents.get(i)));
        }
        return request.withMessages(messages);
    }

    private static String transcript(LlmRequest request, Redaction redaction) {
        return IntStream.range(0, redaction.texts().size())
                .mapToObj(i -> request.messages().get(i).role().name() + ": "
                        + redaction.texts().get(i)
                        + calls(request.messages().get(i)))
                .collect(Collectors.joining("\n"));
    }

    /** The tools a message asked for or answers, for the audit transcript. */
    private static String calls(LlmMessage m) {
        return m.toolCalls().stream()
                .map(c -> " [" + c.id() + " " + c.name() + " " + c.arguments() + "]")
                .collect(Collectors.joining());
    }

    public LlmStatus status(int knownNames) {
        return new LlmStatus(
                provider(),
                model(),
                settings.effectiveBaseUrl(),
                false,
                breaker.state().name().toLowerCase(java.util.Locale.ROOT),
                breaker.retryAt().map(Object::toString),
                breaker.consecutiveFailures(),
                settings.redacts(),
                knownNames,
                limit.max(),
                limit.inFlight(),
                retry.maxRetries(),
                cache.size(),
                cache.capacity(),
                cache.hits());
    }
}
