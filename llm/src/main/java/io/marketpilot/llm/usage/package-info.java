/** Accounting for each call through the gateway: token counts (estimated when the provider reports none), prices per model, and the records handed to a sink. */
@NullMarked
package io.marketpilot.llm.usage;

import org.jspecify.annotations.NullMarked;
