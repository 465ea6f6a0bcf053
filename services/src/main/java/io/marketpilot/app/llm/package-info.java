/** The language model wired over the store: the configured gateway with its redaction, usage and audit sinks, the usage report, the status view and a ping. */
@NullMarked
package io.marketpilot.app.llm;

import org.jspecify.annotations.NullMarked;
