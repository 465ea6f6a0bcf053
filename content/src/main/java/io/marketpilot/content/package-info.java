/** Content generation: channels with platform limits, the offline composer, brand voice, guardrails, scores and the review workflow. */
@NullMarked
package io.marketpilot.content;

import org.jspecify.annotations.NullMarked;
