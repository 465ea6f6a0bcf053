/** Goals, plans, the rule-based planner, the verifier that traces every stated number to a tool, and the JSON form. */
@NullMarked
package io.marketpilot.copilot.plan;

import org.jspecify.annotations.NullMarked;
