/** The providers behind the gateway: one attempt at an OpenAI-compatible or Ollama endpoint through a LangChain4j chat client, with nothing retried or redacted at this level. */
@NullMarked
package io.marketpilot.llm.provider;

import org.jspecify.annotations.NullMarked;
