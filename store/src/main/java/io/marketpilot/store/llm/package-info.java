/** The LLM usage log in the store: one row per call through the gateway, summed per provider, model and feature. */
@NullMarked
package io.marketpilot.store.llm;

import org.jspecify.annotations.NullMarked;
