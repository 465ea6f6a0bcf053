/** The language model port: requests (with the tools a model may call), messages and replies with their provenance, the offline stand-in, and the usage log port. */
@NullMarked
package io.marketpilot.core.llm;

import org.jspecify.annotations.NullMarked;
