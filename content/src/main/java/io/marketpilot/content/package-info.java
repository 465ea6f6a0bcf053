/** Content generation: channels with platform limits, the offline composer, brand voice, guardrails, scores and the review workflow. */
package io.marketpilot.content;
