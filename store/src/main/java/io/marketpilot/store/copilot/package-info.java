/** The copilot's plans in {@code copilot_plans}. */
@NullMarked
package io.marketpilot.store.copilot;

import org.jspecify.annotations.NullMarked;
