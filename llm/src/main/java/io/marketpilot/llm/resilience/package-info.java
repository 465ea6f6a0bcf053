/** Keeping the gateway standing when a provider fails: failure classification, retries with jittered backoff, a circuit breaker and a limit on calls in flight. */
@NullMarked
package io.marketpilot.llm.resilience;

import org.jspecify.annotations.NullMarked;
