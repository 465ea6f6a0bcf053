/** The LLM gateway: OpenAI-compatible and Ollama providers behind the LanguageModel port, with retries, limits, a circuit breaker, a response cache, usage accounting and PII redaction. */
@NullMarked
package io.marketpilot.llm;

import org.jspecify.annotations.NullMarked;
