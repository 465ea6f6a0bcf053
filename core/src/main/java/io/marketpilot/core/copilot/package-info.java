/** The copilot's plans as the store keeps them: goal, provenance, the plan's JSON, review and what it launched. */
@NullMarked
package io.marketpilot.core.copilot;

import org.jspecify.annotations.NullMarked;
