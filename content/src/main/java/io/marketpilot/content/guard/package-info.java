/** The guardrails a variant passes before a reviewer sees it: platform limits, brand rules, spam triggers and the checks that copy reads as a person wrote it. */
@NullMarked
package io.marketpilot.content.guard;

import org.jspecify.annotations.NullMarked;
